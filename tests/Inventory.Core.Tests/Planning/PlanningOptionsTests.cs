using System.ComponentModel.DataAnnotations;
using Inventory.Core.Planning;

namespace Inventory.Core.Tests.Planning;

public sealed class PlanningOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnesAndValid()
    {
        var options = new PlanningOptions();

        Assert.Equal((0.98, 0.95, 0.90), (options.ServiceLevelA, options.ServiceLevelB, options.ServiceLevelC));
        Assert.Equal((90, 0.80, 0.95), (options.HistoryWindowDays, options.AbcCutoffA, options.AbcCutoffB));
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Validate_CutoffBNotAboveA_IsRefusedWithBothNames()
    {
        var errors = Validate(new PlanningOptions { AbcCutoffA = 0.9, AbcCutoffB = 0.85 });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(PlanningOptions.AbcCutoffB)));
    }

    [Fact]
    public void Validate_ServiceLevelOfOne_IsRefused()
    {
        Assert.NotEmpty(Validate(new PlanningOptions { ServiceLevelA = 1.0 }));
    }

    [Fact]
    public void Validate_EventEndingBeforeItStarts_IsRefused()
    {
        var options = new PlanningOptions();
        options.Events.Add(new ChannelEvent
        {
            Channel = "amazon", Name = "Prime Day", Start = new DateOnly(2026, 7, 9), End = new DateOnly(2026, 7, 8),
        });

        Assert.NotEmpty(Validate(options));
    }

    private static List<ValidationResult> Validate(PlanningOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        if (results.Count == 0)
        {
            results.AddRange(options.Validate(new ValidationContext(options)));
        }

        return results;
    }
}

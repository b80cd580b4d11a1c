using System.ComponentModel.DataAnnotations;

namespace Inventory.Core.Planning;

/// <summary>Settings of the nightly planning run (section <c>Planning</c>), validated at start-up.</summary>
public sealed class PlanningOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Planning";

    /// <summary>Default cycle service level of A items.</summary>
    public const double DefaultServiceLevelA = 0.98;

    /// <summary>Default cycle service level of B items.</summary>
    public const double DefaultServiceLevelB = 0.95;

    /// <summary>Default cycle service level of C items.</summary>
    public const double DefaultServiceLevelC = 0.90;

    /// <summary>Default days of history that planning reads.</summary>
    public const int DefaultHistoryWindowDays = 90;

    /// <summary>Probability of not stocking out during a lead time, for A items (0.5 to 0.9999).</summary>
    /// <value>Defaults to 0.98.</value>
    [Range(0.5, 0.9999)]
    public double ServiceLevelA { get; set; } = DefaultServiceLevelA;

    /// <summary>Probability of not stocking out during a lead time, for B items.</summary>
    /// <value>Defaults to 0.95.</value>
    [Range(0.5, 0.9999)]
    public double ServiceLevelB { get; set; } = DefaultServiceLevelB;

    /// <summary>Probability of not stocking out during a lead time, for C items.</summary>
    /// <value>Defaults to 0.90.</value>
    [Range(0.5, 0.9999)]
    public double ServiceLevelC { get; set; } = DefaultServiceLevelC;

    /// <summary>Cost of placing one purchase order (S in EOQ), in the catalog's currency.</summary>
    /// <value>Defaults to 50.</value>
    [Range(0.0, 1_000_000.0)]
    public double OrderingCostPerOrder { get; set; } = 50.0;

    /// <summary>Cost of holding one unit for a year as a fraction of its unit cost (H = rate x unit cost in EOQ).</summary>
    /// <value>Defaults to 0.25.</value>
    [Range(0.0001, 10.0)]
    public double HoldingCostRatePerYear { get; set; } = 0.25;

    /// <summary>
    /// Value-based carrying cost per year as a fraction of inventory value (capital, insurance, storage, depreciation).
    /// Write-offs recorded in the ledger are added to it for the carrying cost KPI.
    /// </summary>
    /// <value>Defaults to 0.22.</value>
    [Range(0.0, 10.0)]
    public double CarryingCostRatePerYear { get; set; } = 0.22;

    /// <summary>Days of daily facts, ending on the as-of date, that planning and the KPIs read.</summary>
    /// <value>Defaults to 90.</value>
    [Range(7, 730)]
    public int HistoryWindowDays { get; set; } = DefaultHistoryWindowDays;

    /// <summary>Cumulative revenue share that closes class A.</summary>
    /// <value>Defaults to 0.80.</value>
    [Range(0.01, 0.99)]
    public double AbcCutoffA { get; set; } = 0.80;

    /// <summary>Cumulative revenue share that closes class B; above <see cref="AbcCutoffA"/>.</summary>
    /// <value>Defaults to 0.95.</value>
    [Range(0.02, 0.999)]
    public double AbcCutoffB { get; set; } = 0.95;

    /// <summary>Fewest non-event days of history before a trend is fitted; with less, the forecast is flat.</summary>
    /// <value>Defaults to 28.</value>
    [Range(7, 365)]
    public int MinimumDaysForTrend { get; set; } = 28;

    /// <summary>Fewest non-event days before a day-of-week profile is used; with less, every weekday weighs the same.</summary>
    /// <value>Defaults to 14.</value>
    [Range(7, 365)]
    public int MinimumDaysForWeekdayProfile { get; set; } = 14;

    /// <summary>Known events per channel, kept out of the history and applied to the forecast.</summary>
    public IList<ChannelEvent> Events { get; } = [];

    /// <summary>The service level of a class.</summary>
    public double ServiceLevel(AbcClass abcClass) => abcClass switch
    {
        AbcClass.A => ServiceLevelA,
        AbcClass.B => ServiceLevelB,
        _ => ServiceLevelC,
    };

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AbcCutoffB <= AbcCutoffA)
        {
            yield return new ValidationResult(
                $"Planning:AbcCutoffB ({AbcCutoffB}) must be above Planning:AbcCutoffA ({AbcCutoffA}).",
                [nameof(AbcCutoffA), nameof(AbcCutoffB)]);
        }

        foreach (var planningEvent in Events)
        {
            if (planningEvent.End < planningEvent.Start || string.IsNullOrWhiteSpace(planningEvent.Channel))
            {
                yield return new ValidationResult(
                    $"Planning event '{planningEvent.Name}' needs a channel and an end on or after its start "
                    + $"({planningEvent.Start:yyyy-MM-dd} to {planningEvent.End:yyyy-MM-dd}).",
                    [nameof(Events)]);
            }
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace Inventory.Core.Planning;

/// <summary>
/// A known event on one channel, such as Prime Day on Amazon. Its days are left out of the history that sets the
/// baseline, day-of-week profile and trend, and its multiplier is applied to the days it covers in a forecast.
/// </summary>
public sealed class ChannelEvent
{
    /// <summary>The channel, lower case, for example <c>amazon</c>.</summary>
    [Required]
    public string Channel { get; set; } = string.Empty;

    /// <summary>A name a person recognises, for example <c>Prime Day</c>.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>The first day of the event (UTC).</summary>
    public DateOnly Start { get; set; }

    /// <summary>The last day of the event, inclusive.</summary>
    public DateOnly End { get; set; }

    /// <summary>Expected demand on an event day as a multiple of the baseline.</summary>
    /// <value>Defaults to 1 (the event is only kept out of the history).</value>
    [Range(0.0, 100.0)]
    public double DemandMultiplier { get; set; } = 1.0;

    /// <summary>Whether <paramref name="day"/> falls within the event.</summary>
    public bool Covers(DateOnly day) => day >= Start && day <= End;
}

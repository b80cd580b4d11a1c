using System.ComponentModel.DataAnnotations;

namespace Inventory.Core.Sync.Reconciliation;

/// <summary>Settings of the reconciliation run (section <c>Reconciliation</c>).</summary>
public sealed class ReconciliationOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Reconciliation";

    /// <summary>SKUs whose sync state changed within this window before a run are always checked.</summary>
    /// <value>Defaults to one hour.</value>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RecentWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most recently changed sync states one run checks.</summary>
    /// <value>Defaults to 1000.</value>
    [Range(1, 100_000)]
    public int RecentLimit { get; set; } = 1000;

    /// <summary>
    /// How many sync states of the whole store one run also checks, continuing where the last run stopped and starting
    /// over after the last, so every listing is checked now and then even when its stock never moves.
    /// </summary>
    /// <value>Defaults to 200.</value>
    [Range(0, 100_000)]
    public int SliceSize { get; set; } = 200;

    /// <summary>How many SKUs are checked at once; each reads every channel that lists it.</summary>
    /// <value>Defaults to 4.</value>
    [Range(1, 64)]
    public int MaxConcurrentSkus { get; set; } = 4;

    /// <summary>An oversell is put down to drift when a drift on its channel and SKU was found this long before it.</summary>
    /// <value>Defaults to one hour.</value>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DriftCauseWindow { get; set; } = TimeSpan.FromHours(1);
}

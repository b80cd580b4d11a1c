using System.ComponentModel.DataAnnotations;

namespace Inventory.Embedded.Sync;

/// <summary>Settings of the local host's reconciliation timer (section <c>Embedded:Reconciliation</c>).</summary>
public sealed class ReconciliationRunnerOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Embedded:Reconciliation";

    /// <summary>Time between the end of one reconciliation run and the start of the next.</summary>
    /// <value>Defaults to 15 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Whether the local host reconciles at all; off for hosts whose channels are not real.</summary>
    /// <value>Defaults to true.</value>
    public bool Enabled { get; set; } = true;
}

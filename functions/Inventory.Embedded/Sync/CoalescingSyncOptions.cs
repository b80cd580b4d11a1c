using System.ComponentModel.DataAnnotations;
using Inventory.Core.Sync;

namespace Inventory.Embedded.Sync;

/// <summary>Settings of the in-process sync runner (section <c>Embedded:Sync</c>).</summary>
public sealed class CoalescingSyncOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Embedded:Sync";

    /// <summary>
    /// How many SKUs sync at once on each channel; each SKU x channel has at most one sync running, and each channel
    /// has its own permits, so a channel waiting on its rate limit does not hold the others up.
    /// </summary>
    /// <value>Defaults to 4.</value>
    [Range(1, 256)]
    public int MaxConcurrentSkus { get; set; } = 4;

    /// <summary>
    /// The delay ceiling of the first retry of a SKU whose channels throttled, failed or drifted; it doubles with each
    /// failing sync in a row, with jitter (see <see cref="SyncRetryBackoff"/>). A throttled channel's own wait wins
    /// when it is longer.
    /// </summary>
    /// <value>Defaults to 1 s.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = SyncRetryBackoff.DefaultBaseDelay;

    /// <summary>
    /// The longest delay between retries. There is no limit on their number: a SKU is synced again until every
    /// channel is at its target or the host stops, and this bounds what a channel that stays down costs.
    /// </summary>
    /// <value>Defaults to 1 min.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = SyncRetryBackoff.DefaultMaxDelay;
}

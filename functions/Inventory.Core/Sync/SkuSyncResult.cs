namespace Inventory.Core.Sync;

/// <summary>The result of syncing one SKU to every channel.</summary>
/// <param name="Plan">The targets and the stock version they came from.</param>
/// <param name="Outcomes">One outcome per channel.</param>
public sealed record SkuSyncResult(SyncPlan Plan, IReadOnlyList<ChannelSyncOutcome> Outcomes)
{
    /// <summary>A retry delay used when a channel failed without saying how long to wait.</summary>
    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long to wait before trying the channels that need it again: the longest wait a throttled channel asked
    /// for, or <see cref="DefaultRetryDelay"/>; null when no channel needs a retry.
    /// </summary>
    public TimeSpan? RetryAfter => Outcomes.Where(o => o.NeedsRetry)
        .Select(o => o.RetryAfter ?? DefaultRetryDelay)
        .DefaultIfEmpty(TimeSpan.MinValue)
        .Max() is var delay && delay == TimeSpan.MinValue ? null : delay;

    /// <summary>Whether any channel throttled, failed or drifted, so the SKU should be synced again.</summary>
    public bool NeedsRetry => Outcomes.Any(o => o.NeedsRetry);

    /// <summary>The longest wait a channel that needs a retry asked for; null when none asked.</summary>
    public TimeSpan? AskedWait => Outcomes.Where(o => o.NeedsRetry && o.RetryAfter is not null)
        .Select(o => o.RetryAfter)
        .Max();
}

namespace Inventory.Core.Sync;

/// <summary>How one channel's share of a sync ended, to be recorded in its sync state.</summary>
/// <param name="Work">What was to be published.</param>
/// <param name="Decision">What happened.</param>
/// <param name="At">When it ended (for a push, when the channel answered).</param>
/// <param name="Drifted">Whether the channel's quantity was not the one we had published.</param>
/// <param name="ChannelQuantity">The quantity read from the channel after a drift, if it was read.</param>
/// <param name="RetryAfter">For throttling: how long the channel asked us to wait.</param>
/// <param name="Error">What went wrong, without secrets; null when nothing did.</param>
public sealed record ChannelSyncOutcome(
    ChannelSyncWork Work,
    ChannelSyncDecision Decision,
    DateTimeOffset At,
    bool Drifted,
    int? ChannelQuantity,
    TimeSpan? RetryAfter,
    string? Error)
{
    /// <summary>Whether a later try may succeed where this one did not.</summary>
    public bool NeedsRetry => Decision is ChannelSyncDecision.Throttled or ChannelSyncDecision.Failed
        or ChannelSyncDecision.Drifted;
}

using Inventory.Core.Sync;

namespace Inventory.Functions.Sync;

/// <summary>
/// The orchestration's activities over <see cref="ChannelSyncService"/>; the Function App's triggers and the tests'
/// registrations both call these, so they behave the same.
/// </summary>
public static class SkuSyncActivities
{
    /// <summary>Reads the stock and computes the targets.</summary>
    public static Task<SyncPlan> PlanAsync(
        ChannelSyncService sync, SyncRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sync);
        return sync.PlanAsync(request, cancellationToken);
    }

    /// <summary>Pushes one channel; a failed push throws so the activity's retry policy tries it again.</summary>
    /// <remarks>
    /// The push waits for the channel's rate limit here, after the plan activity read the stock, so the quantity sent
    /// is as old as that wait (for Amazon at 5 calls a second, up to N / 5 s for N busy SKUs). The local runner takes
    /// the channel's push lease before it reads (<see cref="ChannelSyncService.SyncChannelAsync"/>); a lease is a
    /// token of this process's bucket and cannot cross from one activity to another, which may run on another
    /// instance.
    /// </remarks>
    /// <exception cref="ChannelPushFailedException">The channel failed the push.</exception>
    public static async Task<ChannelSyncOutcome> PushAsync(
        ChannelSyncService sync, ChannelSyncWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sync);
        var outcome = await sync.PushAsync(work, cancellationToken).ConfigureAwait(false);
        return outcome.Decision == ChannelSyncDecision.Failed
            ? throw new ChannelPushFailedException(outcome)
            : outcome;
    }

    /// <summary>Records the outcomes; returns how many states were written.</summary>
    public static Task<int> RecordAsync(
        ChannelSyncService sync, IReadOnlyList<ChannelSyncOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sync);
        return sync.RecordAsync(outcomes, cancellationToken);
    }
}

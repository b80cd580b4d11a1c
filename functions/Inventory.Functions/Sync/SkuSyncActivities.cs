using Inventory.Core.Sync;

namespace Inventory.Functions.Sync;

/// <summary>
/// The orchestration's activity over <see cref="ChannelSyncService"/>; the Function App's trigger and the tests'
/// registration both call it, so they behave the same.
/// </summary>
public static class SkuSyncActivities
{
    /// <summary>
    /// One round for one channel, in one activity: wait for the channel's push lease, read the SKU's positions, plan,
    /// push the channel's target and record the outcome (<see cref="ChannelSyncService.SyncChannelAsync"/>). Taking
    /// the lease before the read, in the same process that then spends it, is what makes the quantity leave fresh:
    /// a lease is a token of this process's bucket and could not cross from one activity to another.
    /// </summary>
    /// <remarks>
    /// A channel-side failure is not thrown: the result says so and the orchestrator retries it after its back-off.
    /// Only an infrastructure failure (the stock or sync-state store) throws, and the activity's retry policy takes it.
    /// </remarks>
    public static Task<SkuSyncResult> SyncChannelAsync(
        ChannelSyncService sync, ChannelSyncRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sync);
        ArgumentNullException.ThrowIfNull(input);
        return sync.SyncChannelAsync(input.Request, input.Channel, cancellationToken);
    }
}

namespace Inventory.Core.Sync;

/// <summary>
/// Storage of the sync state per channel and SKU. Every adapter keeps the same promises, checked by one contract test
/// suite: writes are guarded by the ETag, and a write whose <see cref="ChannelSyncState.Version"/> or
/// <see cref="ChannelSyncState.PublishedVersion"/> is lower than the stored one is refused as
/// <see cref="SyncStateWriteStatus.Stale"/> even with the right ETag (the same version may be written again: that is a
/// retry of the same attempt).
/// </summary>
public interface ISyncStateStore
{
    /// <summary>Reads the state of one channel and SKU; null when it was never written.</summary>
    Task<StoredSyncState?> GetAsync(string channel, string sku, CancellationToken cancellationToken = default);

    /// <summary>Reads the states of every channel of a SKU, ordered by channel.</summary>
    Task<IReadOnlyList<StoredSyncState>> ListAsync(string sku, CancellationToken cancellationToken = default);

    /// <summary>Writes a state.</summary>
    /// <param name="state">The whole new state.</param>
    /// <param name="etag">The ETag read with the state being replaced, or null to create a record that must not exist.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<SyncStateWriteResult> WriteAsync(
        ChannelSyncState state, string? etag, CancellationToken cancellationToken = default);
}

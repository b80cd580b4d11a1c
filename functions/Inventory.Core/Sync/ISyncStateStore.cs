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

    /// <summary>
    /// Lists the states whose <see cref="ChannelSyncState.ChangedAt"/> is at or after <paramref name="since"/>, at most
    /// <paramref name="limit"/> of them, in no promised order. A state that was never attempted nor published (no
    /// change time) is not listed here; <see cref="ListPageAsync"/> reaches it.
    /// </summary>
    /// <param name="since">The earliest change time to list.</param>
    /// <param name="limit">The most states to return, 1 or more.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<StoredSyncState>> ListChangedSinceAsync(
        DateTimeOffset since, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads one page of every state, across SKUs, in the store's key order. Pass the page's continuation back to read
    /// the next; a null continuation means the last page. A page may hold fewer than <paramref name="limit"/> states
    /// even when more follow.
    /// </summary>
    /// <param name="continuation">The token from the previous page, or null to start from the beginning.</param>
    /// <param name="limit">The most states on the page, 1 or more.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentException">The continuation is not one this store issued.</exception>
    Task<SyncStatePage> ListPageAsync(string? continuation, int limit, CancellationToken cancellationToken = default);

    /// <summary>Writes a state.</summary>
    /// <param name="state">The whole new state.</param>
    /// <param name="etag">The ETag read with the state being replaced, or null to create a record that must not exist.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<SyncStateWriteResult> WriteAsync(
        ChannelSyncState state, string? etag, CancellationToken cancellationToken = default);
}

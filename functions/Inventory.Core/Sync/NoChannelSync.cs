namespace Inventory.Core.Sync;

/// <summary>
/// The sync requester used until channel sync exists: it drops requests. Channels are not updated by this product
/// yet; see the README's limitations.
/// </summary>
public sealed class NoChannelSync : ISyncRequester
{
    /// <inheritdoc />
    public Task RequestSyncAsync(SyncRequest request, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}

namespace Inventory.Core.Sync;

/// <summary>
/// A sync requester that drops every request: for hosts and tools that apply movements without publishing to
/// channels. Both product hosts replace it (the local host with the coalescing runner, the Function App with the
/// Durable orchestration).
/// </summary>
public sealed class NoChannelSync : ISyncRequester
{
    /// <inheritdoc />
    public Task RequestSyncAsync(SyncRequest request, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}

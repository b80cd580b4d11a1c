using Inventory.Core.Sync;

namespace Inventory.Benchmarks.Messaging;

/// <summary>A sync requester that asks nothing, as the benchmark host does without outbound channel settings.</summary>
internal sealed class NoSyncRequester : ISyncRequester
{
    public Task RequestSyncAsync(SyncRequest request, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}

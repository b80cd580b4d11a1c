using Inventory.Core.Sync;

namespace Inventory.Core.Tests.Sync.Reconciliation;

/// <summary>A sync runner that runs the sync before returning, so a test sees its effect at once.</summary>
internal sealed class InlineSyncRequester(Func<ChannelSyncService> sync) : ISyncRequester
{
    public List<SyncRequest> Requests { get; } = [];

    public async Task RequestSyncAsync(SyncRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        await sync().SyncSkuAsync(request, cancellationToken);
    }
}

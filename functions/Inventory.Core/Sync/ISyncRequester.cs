namespace Inventory.Core.Sync;

/// <summary>Starts (or coalesces into) a channel sync for a SKU after its stock changed.</summary>
public interface ISyncRequester
{
    /// <summary>Records the request; returns once it is safely handed over.</summary>
    Task RequestSyncAsync(SyncRequest request, CancellationToken cancellationToken = default);
}

using Inventory.Core.Sync;

namespace Inventory.Embedded.Sync;

/// <summary>
/// One SKU x channel's place in the coalescing runner: the request to run next and whether one came in while a sync
/// ran. The runner's lock guards it. The merged request keeps the newest stock version and the earliest origin time,
/// so the recorded latency is the one of the oldest change that was waiting.
/// </summary>
internal sealed class SkuChannelSlot(SyncRequest first, string channel)
{
    private SyncRequest _next = first;

    public string Sku { get; } = first.Sku;

    public string Channel { get; } = channel;

    public (string Sku, string Channel) Key => (Sku, Channel);

    public bool Dirty { get; private set; }

    public void Merge(SyncRequest request)
    {
        _next = Dirty
            ? new SyncRequest(Sku, Math.Max(_next.StockVersion, request.StockVersion),
                _next.OriginReceivedAt < request.OriginReceivedAt ? _next.OriginReceivedAt : request.OriginReceivedAt)
            : request;
        Dirty = true;
    }

    public SyncRequest Take()
    {
        Dirty = false;
        return _next;
    }
}

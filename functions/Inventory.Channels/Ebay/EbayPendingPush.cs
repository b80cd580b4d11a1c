using Inventory.Core.Sync;

namespace Inventory.Channels.Ebay;

/// <summary>One SKU's quantity waiting for the next bulk call, and where its answer goes.</summary>
/// <param name="Sku">The SKU eBay knows the inventory item by.</param>
/// <param name="Quantity">The quantity to set.</param>
internal sealed record EbayPendingPush(string Sku, int Quantity)
{
    public TaskCompletionSource<PushResult> Completion { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}

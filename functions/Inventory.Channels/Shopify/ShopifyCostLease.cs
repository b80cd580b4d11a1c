using Inventory.Core.Sync;

namespace Inventory.Channels.Shopify;

/// <summary>
/// A push lease holding a mutation's cost in the <see cref="ShopifyCostBucket"/>: the push's first call is sent on
/// it without charging the bucket again.
/// </summary>
internal sealed class ShopifyCostLease(ShopifyCostBucket bucket, double points) : ChannelPushLease
{
    /// <summary>Whether the points were reserved in <paramref name="costs"/>: a lease is spent only where it was
    /// taken.</summary>
    public bool IsFrom(ShopifyCostBucket costs) => ReferenceEquals(bucket, costs);

    protected override void OnSpent() => bucket.Settle(points);

    protected override void GiveBack() => bucket.Refund(points);
}

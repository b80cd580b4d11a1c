using Inventory.Core.Stock;

namespace Inventory.Core.Sync;

/// <summary>The targets of one SKU sync, computed from one read of the SKU's positions.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="StockVersion">
/// The SKU stock version of that read: the sum of its positions' versions. Each movement raises one position's version
/// by one, so this grows by one with every movement at any location of the SKU, which a single position's version
/// (what <see cref="SyncRequest.StockVersion"/> carries) does not: two locations count separately.
/// </param>
/// <param name="OriginReceivedAt">When the delivery that caused the sync arrived.</param>
/// <param name="Targets">One target per channel.</param>
public sealed record SyncPlan(
    string Sku, long StockVersion, DateTimeOffset OriginReceivedAt, IReadOnlyList<ChannelTargetQuantity> Targets)
{
    /// <summary>The SKU stock version of a set of positions read together.</summary>
    public static long StockVersionOf(IReadOnlyList<StockPosition> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        return positions.Sum(p => p.Version);
    }

    /// <summary>The work for each channel.</summary>
    public IReadOnlyList<ChannelSyncWork> ToWork() =>
        Targets.Select(t => new ChannelSyncWork(t.Channel, Sku, t.Quantity, StockVersion, OriginReceivedAt)).ToArray();
}

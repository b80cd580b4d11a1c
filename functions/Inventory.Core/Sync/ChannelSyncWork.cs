namespace Inventory.Core.Sync;

/// <summary>One channel's share of a SKU sync: the target to publish and the stock version it came from.</summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Target">The quantity the channel should show.</param>
/// <param name="StockVersion">The SKU stock version the target was computed from (see <see cref="SyncPlan"/>).</param>
/// <param name="OriginReceivedAt">When the delivery that caused the sync arrived, for the latency.</param>
public sealed record ChannelSyncWork(
    string Channel, string Sku, int Target, long StockVersion, DateTimeOffset OriginReceivedAt);

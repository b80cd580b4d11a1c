namespace Inventory.Core.Sync;

/// <summary>Asks for a SKU's channel quantities to be brought up to date with its stock.</summary>
/// <param name="Sku">The SKU whose stock changed.</param>
/// <param name="StockVersion">The version of the position that changed; later requests carry higher versions.</param>
/// <param name="OriginReceivedAt">When the delivery that caused the change arrived, for end-to-end latency.</param>
public sealed record SyncRequest(string Sku, long StockVersion, DateTimeOffset OriginReceivedAt);

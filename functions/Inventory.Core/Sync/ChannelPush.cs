namespace Inventory.Core.Sync;

/// <summary>One quantity to publish for a SKU on a channel.</summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Sku">The seller's SKU.</param>
/// <param name="Quantity">The quantity the channel should show.</param>
/// <param name="StockVersion">The stock version the quantity was computed from; a push of an older version is never
/// sent after a newer one.</param>
/// <param name="ExpectedChannelQuantity">What we last published, for channels that compare-and-set (Shopify's
/// <c>changeFromQuantity</c>); null to set unconditionally.</param>
/// <param name="IdempotencyKey">Stable for this channel, SKU and version, so a retried push is one change.</param>
public sealed record ChannelPush(
    string Channel,
    string Sku,
    int Quantity,
    long StockVersion,
    int? ExpectedChannelQuantity,
    string IdempotencyKey);

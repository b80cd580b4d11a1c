namespace Inventory.Channels.Ebay;

/// <summary>One line item of an eBay order, as the Fulfillment API reports it.</summary>
internal sealed record EbayOrderLine(string LineItemId, string? Sku, string? LegacyItemId, int Quantity);

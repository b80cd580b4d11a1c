namespace Inventory.Channels.Amazon;

/// <summary>One item of an Amazon order, as the Orders API reports it.</summary>
internal sealed record AmazonOrderItem(
    string OrderItemId, string? SellerSku, string? Asin, int QuantityOrdered, int QuantityShipped);

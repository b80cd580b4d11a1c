namespace Inventory.Channels.Walmart;

/// <summary>One purchase order line, from a notification or from the Orders API.</summary>
internal sealed record WalmartOrderLine(string LineNumber, string? Sku, int Quantity, string? Status, string Path);

namespace Inventory.Core.Stock;

/// <summary>Which oversell incidents to list, newest first.</summary>
/// <param name="Since">Only incidents recorded at or after this time.</param>
/// <param name="Sku">Only this SKU's incidents, when set.</param>
/// <param name="Limit">At most this many.</param>
public sealed record OversellQuery(DateTimeOffset Since, string? Sku = null, int Limit = 100);

namespace Inventory.Core.Operations;

/// <summary>A transfer as stored: units shipped from one location towards another, and what has arrived.</summary>
public sealed record Transfer(
    string Id,
    string Sku,
    string FromLocation,
    string ToLocation,
    int Quantity,
    decimal UnitCost,
    DateTimeOffset ShippedAt,
    int Received,
    IReadOnlyList<string> Receipts)
{
    /// <summary>Units still in transit.</summary>
    public int Remaining => Quantity - Received;
}

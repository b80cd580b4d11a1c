namespace Inventory.Core.Operations;

/// <summary>A purchase order as stored, with what has been received of each line.</summary>
public sealed record PurchaseOrder(
    string Id,
    string? Supplier,
    DateTimeOffset PlacedAt,
    IReadOnlyList<PurchaseOrderLine> Lines,
    IReadOnlyList<string> Receipts)
{
    /// <summary>True when every line is fully received.</summary>
    public bool IsFullyReceived => Lines.All(l => l.Received >= l.Quantity);
}

/// <summary>One purchase order line.</summary>
public sealed record PurchaseOrderLine(
    int Line, string Sku, string Location, int Quantity, decimal UnitCost, DateOnly? Eta, int Received)
{
    /// <summary>Units still expected.</summary>
    public int Remaining => Quantity - Received;
}

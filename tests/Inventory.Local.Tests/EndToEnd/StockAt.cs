namespace Inventory.Local.Tests.EndToEnd;

/// <summary>One SKU's quantities at one location, as GET /api/stock reports them.</summary>
public sealed record StockAt(int OnHand, int Committed, int Unavailable, int InTransit);

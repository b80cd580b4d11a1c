using Inventory.Core.Stock;

namespace Inventory.Api.Operations;

/// <summary>The JSON shape of a SKU's stock: every location and the totals.</summary>
internal static class StockView
{
    public static object Of(string sku, IReadOnlyList<StockPosition> positions)
    {
        var locations = positions.Select(Location).ToList();
        var totals = positions.Aggregate(StockQuantities.Zero, (sum, p) => new StockQuantities(
            sum.OnHand + p.Quantities.OnHand,
            sum.Committed + p.Quantities.Committed,
            sum.Unavailable + p.Quantities.Unavailable,
            sum.Incoming + p.Quantities.Incoming,
            sum.InTransit + p.Quantities.InTransit));
        return new
        {
            sku,
            locations,
            totals = Quantities(totals, positions.Sum(p => p.InventoryValue)),
        };
    }

    public static object Location(StockPosition p) => new
    {
        location = p.Key.Location,
        onHand = p.Quantities.OnHand,
        committed = p.Quantities.Committed,
        unavailable = p.Quantities.Unavailable,
        incoming = p.Quantities.Incoming,
        inTransit = p.Quantities.InTransit,
        available = p.Quantities.Available,
        inventoryPosition = p.Quantities.InventoryPosition,
        inventoryValue = p.InventoryValue,
        version = p.Version,
        updatedAt = p.UpdatedAt,
    };

    public static object Quantities(StockQuantities q, decimal value) => new
    {
        onHand = q.OnHand,
        committed = q.Committed,
        unavailable = q.Unavailable,
        incoming = q.Incoming,
        inTransit = q.InTransit,
        available = q.Available,
        inventoryPosition = q.InventoryPosition,
        inventoryValue = value,
    };

    public static object Movement(ApplyOutcome outcome) => new
    {
        movementId = outcome.Entry?.MovementId,
        status = outcome.Status.ToString().ToLowerInvariant(),
        kind = outcome.Entry?.Kind,
        sku = outcome.Key.Sku,
        location = outcome.Key.Location,
        quantities = States(outcome.Quantities),
        version = outcome.Version,
        oversold = outcome.Entry?.OversoldUnits ?? 0,
    };

    private static object States(StockQuantities q) => new
    {
        onHand = q.OnHand,
        committed = q.Committed,
        unavailable = q.Unavailable,
        incoming = q.Incoming,
        inTransit = q.InTransit,
        available = q.Available,
    };
}

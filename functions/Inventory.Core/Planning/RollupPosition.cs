using Inventory.Core.Stock;

namespace Inventory.Core.Planning;

/// <summary>One SKU x location while a day is rolled up: where it started, where it is, what the day did.</summary>
internal sealed class RollupPosition(StockQuantities start, decimal startValue, bool existedAtStart)
{
    public StockQuantities Quantities { get; set; } = start;

    public decimal Value { get; set; } = startValue;

    public int MinimumAvailable { get; set; } = existedAtStart ? start.Available : int.MaxValue;

    public int UnitsReceived { get; set; }

    public decimal CostOfGoodsSold { get; set; }

    public decimal WriteOffValue { get; set; }

    public void Apply(LedgerEntry entry)
    {
        Quantities = entry.QuantitiesAfter;
        Value += entry.ValueDelta;
        MinimumAvailable = Math.Min(MinimumAvailable, Quantities.Available);
        switch (entry.Kind)
        {
            case MovementKind.PurchaseOrderReceived:
                UnitsReceived += entry.Deltas.OnHand;
                break;
            case MovementKind.OrderLineShipped:
                CostOfGoodsSold += entry.CostOfGoods ?? 0m;
                break;
            case MovementKind.Adjustment or MovementKind.CycleCount or MovementKind.ChannelHeldStockSet
                when entry.ValueDelta < 0m:
                WriteOffValue -= entry.ValueDelta;
                break;
            default:
                break;
        }
    }

    public DailyPositionFact ToFact(DateOnly date, StockKey key) => new(
        date,
        key.Sku,
        key.Location,
        Quantities.OnHand,
        Quantities.Committed,
        Quantities.Unavailable,
        Quantities.Incoming,
        Quantities.InTransit,
        Value,
        UnitsReceived,
        CostOfGoodsSold,
        WriteOffValue,
        Math.Min(MinimumAvailable, Quantities.Available) <= 0);
}

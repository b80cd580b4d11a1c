using Inventory.Core.Stock;

namespace Inventory.Core.Planning;

/// <summary>One SKU x channel x location's demand while a day is rolled up.</summary>
internal sealed class RollupDemand
{
    public int UnitsOrdered { get; private set; }

    public int UnitsCancelled { get; private set; }

    public int UnitsShipped { get; private set; }

    public int UnitsReturned { get; private set; }

    public int OrderLines { get; private set; }

    public int OrderLinesShort { get; private set; }

    public decimal CostOfGoodsSold { get; private set; }

    public static bool Counts(MovementKind kind) => kind is MovementKind.OrderLineCommitted
        or MovementKind.OrderLineReleased or MovementKind.OrderLineShipped or MovementKind.ReturnRestocked
        or MovementKind.ReturnToUnavailable;

    public void Apply(LedgerEntry entry)
    {
        switch (entry.Kind)
        {
            case MovementKind.OrderLineCommitted:
                UnitsOrdered += entry.Quantity;
                OrderLines++;
                if (entry.OversoldUnits > 0)
                {
                    OrderLinesShort++;
                }

                break;
            case MovementKind.OrderLineReleased:
                UnitsCancelled += entry.Quantity;
                break;
            case MovementKind.OrderLineShipped:
                UnitsShipped += entry.Quantity;
                CostOfGoodsSold += entry.CostOfGoods ?? 0m;
                break;
            case MovementKind.ReturnRestocked or MovementKind.ReturnToUnavailable:
                UnitsReturned += entry.Quantity;
                break;
            default:
                break;
        }
    }

    public DailyDemandFact ToFact(DateOnly date, string sku, string channel, string location) => new(
        date, sku, channel, location, UnitsOrdered, UnitsCancelled, UnitsShipped, UnitsReturned, OrderLines,
        OrderLinesShort, CostOfGoodsSold);
}

namespace Inventory.Core.Planning;

/// <summary>
/// One day of demand for a SKU on one channel at one location, rolled up from the ledger by recorded time. Rows are
/// written only for keys that moved that day; a missing row means no demand.
/// </summary>
/// <param name="Date">The UTC day the ledger entries were recorded on.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Channel">The channel the order lines came from (<c>unknown</c> when the movement named none).</param>
/// <param name="Location">The location that holds the stock.</param>
/// <param name="UnitsOrdered">Units on order lines committed that day.</param>
/// <param name="UnitsCancelled">Units of order lines released (cancelled) that day.</param>
/// <param name="UnitsShipped">Units shipped that day.</param>
/// <param name="UnitsReturned">Units returned that day, restocked or not; kept apart from demand.</param>
/// <param name="OrderLines">Order lines committed that day.</param>
/// <param name="OrderLinesShort">Of those, lines that could not be covered by available stock when placed.</param>
/// <param name="CostOfGoodsSold">FIFO cost of the units shipped that day.</param>
public readonly record struct DailyDemandFact(
    DateOnly Date,
    string Sku,
    string Channel,
    string Location,
    int UnitsOrdered,
    int UnitsCancelled,
    int UnitsShipped,
    int UnitsReturned,
    int OrderLines,
    int OrderLinesShort,
    decimal CostOfGoodsSold)
{
    /// <summary>Demand net of cancellations: what planning forecasts.</summary>
    public int NetUnits => UnitsOrdered - UnitsCancelled;
}

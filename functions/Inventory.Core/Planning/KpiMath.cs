namespace Inventory.Core.Planning;

/// <summary>
/// The guide's KPI formulas. Each returns null where its formula is undefined (a zero denominator), so a segment
/// without inventory says "undefined" instead of dividing by zero. Flows over a period shorter than a year are
/// annualised by 365 / days, because the guide's benchmarks are per year.
/// </summary>
public static class KpiMath
{
    /// <summary>Inventory turnover: cost of goods sold over average inventory value, in turns a year.</summary>
    public static double? InventoryTurnover(double costOfGoodsSold, double averageInventoryValue, int periodDays)
    {
        if (averageInventoryValue <= 0.0 || periodDays <= 0)
        {
            return null;
        }

        return costOfGoodsSold * (365.0 / periodDays) / averageInventoryValue;
    }

    /// <summary>Days of inventory: 365 over turnover. Null when turnover is undefined or zero (nothing sold).</summary>
    public static double? DaysOfInventory(double? turnover) =>
        turnover is > 0.0 and var t ? 365.0 / t : null;

    /// <summary>Stockout rate: stockout SKU-days over SKU-days, in percent.</summary>
    public static double? StockoutRate(long stockoutDays, long skuDays) =>
        skuDays > 0 ? 100.0 * stockoutDays / skuDays : null;

    /// <summary>
    /// Carrying cost percentage: carrying costs over average inventory value, in percent a year. The carrying costs
    /// are the value-based rate on the average value over the period plus the period's write-offs, annualised.
    /// </summary>
    public static double? CarryingCostPercentage(
        double carryingCostRatePerYear, double averageInventoryValue, double writeOffValue, int periodDays)
    {
        if (averageInventoryValue <= 0.0 || periodDays <= 0)
        {
            return null;
        }

        var periodCosts = (carryingCostRatePerYear * averageInventoryValue * periodDays / 365.0) + writeOffValue;
        return 100.0 * periodCosts * (365.0 / periodDays) / averageInventoryValue;
    }

    /// <summary>Fill rate: order lines shipped complete over order lines, in percent.</summary>
    public static double? FillRate(long linesComplete, long lines) =>
        lines > 0 ? 100.0 * linesComplete / lines : null;

    /// <summary>Sell-through rate: units sold over units received in the period, in percent.</summary>
    public static double? SellThroughRate(double unitsSold, double unitsReceived) =>
        unitsReceived > 0.0 ? 100.0 * unitsSold / unitsReceived : null;
}

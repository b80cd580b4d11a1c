namespace Inventory.Core.Planning;

/// <summary>
/// The reorder formulas, pure. Demand is in units per day and lead times in days; every function says what it
/// returns when its inputs leave a formula undefined instead of dividing by zero.
/// </summary>
public static class ReorderMath
{
    /// <summary>Safety stock <c>z * sqrt(LT * sigma_d^2 + d^2 * sigma_LT^2)</c>: demand and lead time both vary.</summary>
    /// <param name="z">The service factor, the inverse normal of the service level.</param>
    /// <param name="leadTimeDays">Mean lead time LT in days.</param>
    /// <param name="dailyDemandStdDev">Standard deviation of daily demand, sigma_d.</param>
    /// <param name="dailyDemand">Average daily demand, d.</param>
    /// <param name="leadTimeStdDevDays">Standard deviation of the lead time, sigma_LT.</param>
    public static double SafetyStock(
        double z, double leadTimeDays, double dailyDemandStdDev, double dailyDemand, double leadTimeStdDevDays)
    {
        var variance = (leadTimeDays * dailyDemandStdDev * dailyDemandStdDev)
            + (dailyDemand * dailyDemand * leadTimeStdDevDays * leadTimeStdDevDays);
        return z * Math.Sqrt(Math.Max(0.0, variance));
    }

    /// <summary>Reorder point <c>d * LT + SS</c>.</summary>
    public static double ReorderPoint(double dailyDemand, double leadTimeDays, double safetyStock) =>
        (dailyDemand * leadTimeDays) + safetyStock;

    /// <summary>
    /// Economic order quantity <c>sqrt(2 D S / H)</c>, with D the annual demand, S the cost of one order and H the
    /// cost of holding a unit for a year. Null when H is zero or less (a SKU without a unit cost): EOQ is undefined.
    /// </summary>
    public static double? EconomicOrderQuantity(double annualDemand, double orderingCost, double holdingCostPerUnitYear)
    {
        if (holdingCostPerUnitYear <= 0.0)
        {
            return null;
        }

        return Math.Sqrt(2.0 * Math.Max(0.0, annualDemand) * Math.Max(0.0, orderingCost) / holdingCostPerUnitYear);
    }

    /// <summary>
    /// Units to order now: zero while the position is above the reorder point, and zero for a SKU without demand
    /// unless it has backorders. Otherwise at least EOQ (when defined) and enough to lift the position back to the
    /// reorder point, then at least the minimum order quantity, rounded up to whole case packs.
    /// </summary>
    /// <param name="inventoryPosition">On hand plus incoming and in transit, less committed and unavailable.</param>
    /// <param name="reorderPoint">The reorder point.</param>
    /// <param name="economicOrderQuantity">EOQ, or null when undefined.</param>
    /// <param name="dailyDemand">Average daily demand; with none, only backorders are ordered.</param>
    /// <param name="minimumOrderQuantity">The supplier's minimum; values below 1 count as 1.</param>
    /// <param name="casePack">Units a case; values below 1 count as 1.</param>
    public static int SuggestedOrderQuantity(
        int inventoryPosition,
        double reorderPoint,
        double? economicOrderQuantity,
        double dailyDemand,
        int minimumOrderQuantity,
        int casePack)
    {
        if (inventoryPosition > reorderPoint || (dailyDemand <= 0.0 && inventoryPosition >= 0))
        {
            return 0;
        }

        var gap = Math.Max(0.0, reorderPoint - inventoryPosition);
        var wanted = Math.Max(gap, economicOrderQuantity ?? 0.0);
        var units = (long)Math.Ceiling(wanted - 1e-9);
        units = Math.Max(units, Math.Max(1, minimumOrderQuantity));
        var pack = Math.Max(1, casePack);
        units = (units + pack - 1) / pack * pack;
        return (int)Math.Min(units, int.MaxValue);
    }

    /// <summary>Days the available stock lasts at the given demand; null when there is no demand (it lasts forever).</summary>
    public static double? DaysOfSupply(int available, double dailyDemand)
    {
        if (dailyDemand <= 0.0)
        {
            return null;
        }

        return Math.Max(0, available) / dailyDemand;
    }

    /// <summary>
    /// The probability that demand over the lead time exceeds the inventory position, so that stock runs out before
    /// an order placed now is received. Lead-time demand is taken as normal with the given mean and deviation; with no
    /// deviation the answer is 0 or 1.
    /// </summary>
    public static double StockoutRisk(int inventoryPosition, double leadTimeDemandMean, double leadTimeDemandStdDev)
    {
        if (leadTimeDemandStdDev <= 0.0)
        {
            return inventoryPosition < leadTimeDemandMean || inventoryPosition < 0 ? 1.0 : 0.0;
        }

        return 1.0 - NormalDistribution.Cdf((inventoryPosition - leadTimeDemandMean) / leadTimeDemandStdDev);
    }

    /// <summary>The standard deviation of demand over a lead time, <c>sqrt(LT * sigma_d^2 + d^2 * sigma_LT^2)</c>.</summary>
    public static double LeadTimeDemandStdDev(
        double leadTimeDays, double dailyDemandStdDev, double dailyDemand, double leadTimeStdDevDays) =>
        SafetyStock(1.0, leadTimeDays, dailyDemandStdDev, dailyDemand, leadTimeStdDevDays);
}

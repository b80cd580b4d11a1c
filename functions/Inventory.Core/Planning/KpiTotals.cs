namespace Inventory.Core.Planning;

/// <summary>
/// The sums one segment's KPIs are computed from, over a period of <see cref="PeriodDays"/> days. Inventory figures
/// of a channel segment are its share of each SKU x location it sold from (see the planning run).
/// </summary>
public sealed class KpiTotals
{
    /// <summary>Days in the period.</summary>
    public int PeriodDays { get; set; }

    /// <summary>FIFO cost of the units shipped in the period.</summary>
    public double CostOfGoodsSold { get; set; }

    /// <summary>End-of-day inventory value summed over every SKU x location and day: divided by the days, the average.</summary>
    public double InventoryValueDays { get; set; }

    /// <summary>Value written off in the period (damage, shrinkage), part of the carrying costs.</summary>
    public double WriteOffValue { get; set; }

    /// <summary>SKU x location days with a stockout.</summary>
    public long StockoutDays { get; set; }

    /// <summary>SKU x location days counted.</summary>
    public long SkuDays { get; set; }

    /// <summary>Order lines placed.</summary>
    public long OrderLines { get; set; }

    /// <summary>Order lines covered by stock when placed.</summary>
    public long OrderLinesComplete { get; set; }

    /// <summary>Units sold: shipped, less returned.</summary>
    public double UnitsSold { get; set; }

    /// <summary>Units received on purchase orders.</summary>
    public double UnitsReceived { get; set; }

    /// <summary>Average inventory value over the period.</summary>
    public double AverageInventoryValue => PeriodDays > 0 ? InventoryValueDays / PeriodDays : 0.0;

    /// <summary>Adds another segment's sums (same period).</summary>
    public void Add(KpiTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CostOfGoodsSold += other.CostOfGoodsSold;
        InventoryValueDays += other.InventoryValueDays;
        WriteOffValue += other.WriteOffValue;
        StockoutDays += other.StockoutDays;
        SkuDays += other.SkuDays;
        OrderLines += other.OrderLines;
        OrderLinesComplete += other.OrderLinesComplete;
        UnitsSold += other.UnitsSold;
        UnitsReceived += other.UnitsReceived;
    }
}

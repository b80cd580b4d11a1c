namespace Inventory.Core.Planning;

/// <summary>The six inventory KPIs of the guide.</summary>
public enum KpiKind
{
    /// <summary>Cost of goods sold over average inventory value, annualised: turns a year.</summary>
    InventoryTurnover,

    /// <summary>365 over the inventory turnover: days.</summary>
    DaysOfInventory,

    /// <summary>Stockout SKU-days over SKU-days, in percent.</summary>
    StockoutRate,

    /// <summary>Carrying costs a year over average inventory value, in percent.</summary>
    CarryingCostPercentage,

    /// <summary>
    /// Order lines covered by available stock when placed over order lines, in percent. Daily facts are per SKU, so
    /// an order of several SKUs counts once per line: a shortfall on one line does not mark the other lines short.
    /// </summary>
    FillRate,

    /// <summary>Units sold over units received in the period, in percent.</summary>
    SellThroughRate,
}

namespace Inventory.Core.Planning;

/// <summary>One line of the reorder report: what to know and what to buy for a SKU at a location.</summary>
public sealed record ReorderLine
{
    /// <summary>The as-of date of the report.</summary>
    public required DateOnly ReportDate { get; init; }

    /// <summary>The SKU.</summary>
    public required string Sku { get; init; }

    /// <summary>The location.</summary>
    public required string Location { get; init; }

    /// <summary>The SKU's ABC class from trailing revenue.</summary>
    public required AbcClass AbcClass { get; init; }

    /// <summary>The supplier, empty when the SKU is not in the catalog.</summary>
    public required string Supplier { get; init; }

    /// <summary>Revenue of this SKU at this location over the window.</summary>
    public required double Revenue { get; init; }

    /// <summary>Days of history counted (fewer than the window for a new position).</summary>
    public required int HistoryDays { get; init; }

    /// <summary>Channels that sold the SKU here in the window.</summary>
    public required int Channels { get; init; }

    /// <summary>Mean daily demand over the history's non-event days, summed over channels.</summary>
    public required double AverageDailyDemand { get; init; }

    /// <summary>Standard deviation of daily demand, sigma_d: the channels' deviations combined as independent.</summary>
    public required double DailyDemandStdDev { get; init; }

    /// <summary>Forecast daily demand over the lead time, d: each channel forecast, then summed.</summary>
    public required double ForecastDailyDemand { get; init; }

    /// <summary>Mean lead time in days.</summary>
    public required double LeadTimeDays { get; init; }

    /// <summary>Standard deviation of the lead time in days.</summary>
    public required double LeadTimeStdDevDays { get; init; }

    /// <summary>The class's cycle service level.</summary>
    public required double ServiceLevel { get; init; }

    /// <summary>The service factor z, the inverse normal of the service level.</summary>
    public required double ServiceFactor { get; init; }

    /// <summary>Safety stock in units.</summary>
    public required double SafetyStock { get; init; }

    /// <summary>Reorder point in units.</summary>
    public required double ReorderPoint { get; init; }

    /// <summary>Economic order quantity; null when undefined (no unit cost).</summary>
    public required double? EconomicOrderQuantity { get; init; }

    /// <summary>Units on hand.</summary>
    public required int OnHand { get; init; }

    /// <summary>Units committed to open orders.</summary>
    public required int Committed { get; init; }

    /// <summary>Units on hand that cannot be sold.</summary>
    public required int Unavailable { get; init; }

    /// <summary>Units on open purchase orders.</summary>
    public required int Incoming { get; init; }

    /// <summary>Units in transit towards this location.</summary>
    public required int InTransit { get; init; }

    /// <summary>On hand plus incoming and in transit, less committed and unavailable.</summary>
    public required int InventoryPosition { get; init; }

    /// <summary>Units to order now, rounded to the minimum order quantity and case pack; 0 when none.</summary>
    public required int SuggestedOrderQuantity { get; init; }

    /// <summary>Value of the suggested order at unit cost.</summary>
    public required decimal SuggestedOrderValue { get; init; }

    /// <summary>Days the available stock lasts at the forecast demand; null without demand.</summary>
    public required double? DaysOfSupply { get; init; }

    /// <summary>Probability of running out before an order placed now is received.</summary>
    public required double StockoutRisk { get; init; }

    /// <summary>The low-stock alert.</summary>
    public required StockAlert Alert { get; init; }

    /// <summary>Rank in the report, 1 first: A items at or below the reorder point lead, then by risk.</summary>
    public int Priority { get; init; }

    /// <summary>Why a figure is missing or a rule was bent, in a person's words; null when nothing is unusual.</summary>
    public string? Note { get; init; }
}

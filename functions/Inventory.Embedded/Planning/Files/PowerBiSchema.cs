using Inventory.Core.Planning;

namespace Inventory.Embedded.Planning.Files;

/// <summary>
/// The star schema written for Power BI, one folder per date: two report facts, two daily facts and four
/// dimensions. Facts join the dimensions on <c>sku</c>, <c>channel</c>, <c>location</c> and <c>date_key</c>
/// (<c>yyyyMMdd</c>). docs/power-bi.md describes the same tables for a person.
/// </summary>
public static class PowerBiSchema
{
    /// <summary>The reorder report: one row per SKU x location.</summary>
    public static ExportTable<ReorderLine> Reorder { get; } =
        new ExportTable<ReorderLine>("fact_reorder", "One row per SKU x location: what to buy on the report date.",
                "report_date_key, sku, location")
            .Int("report_date_key", "Report date as yyyyMMdd; joins dim_date.", r => DateDimension.KeyOf(r.ReportDate))
            .Date("report_date", "The as-of date: the last day of history counted.", r => r.ReportDate)
            .Text("sku", "The SKU; joins dim_sku.", r => r.Sku)
            .Text("location", "The location; joins dim_location.", r => r.Location)
            .Int("priority", "Rank in the report, 1 first: A items at or below the reorder point lead.", r => r.Priority)
            .Text("abc_class", "A, B or C from trailing revenue.", r => r.AbcClass.ToString())
            .Text("alert", "None, BelowReorderPoint or BelowSafetyStock.", r => r.Alert.ToString())
            .Text("supplier", "The supplier.", r => r.Supplier)
            .Double("revenue", "Revenue at this location over the window.", r => r.Revenue)
            .Int("history_days", "Days of history counted.", r => r.HistoryDays)
            .Int("channels", "Channels that sold the SKU here in the window.", r => r.Channels)
            .Double("avg_daily_demand", "Mean daily demand on non-event days, summed over channels.", r => r.AverageDailyDemand)
            .Double("daily_demand_std_dev", "Standard deviation of daily demand (sigma_d).", r => r.DailyDemandStdDev)
            .Double("forecast_daily_demand", "Forecast daily demand over the lead time (d), per channel then summed.", r => r.ForecastDailyDemand)
            .Double("lead_time_days", "Mean lead time (LT).", r => r.LeadTimeDays)
            .Double("lead_time_std_dev_days", "Lead time standard deviation (sigma_LT).", r => r.LeadTimeStdDevDays)
            .Double("service_level", "The class's cycle service level.", r => r.ServiceLevel)
            .Double("service_factor_z", "z, the inverse normal of the service level.", r => r.ServiceFactor)
            .Double("safety_stock", "z * sqrt(LT * sigma_d^2 + d^2 * sigma_LT^2).", r => r.SafetyStock)
            .Double("reorder_point", "d * LT + safety stock.", r => r.ReorderPoint)
            .NullableDouble("eoq", "sqrt(2 D S / H); null when the SKU has no unit cost.", r => r.EconomicOrderQuantity)
            .Int("on_hand", "Units on hand.", r => r.OnHand)
            .Int("committed", "Units committed to open orders.", r => r.Committed)
            .Int("unavailable", "Units on hand that cannot be sold.", r => r.Unavailable)
            .Int("incoming", "Units on open purchase orders.", r => r.Incoming)
            .Int("in_transit", "Units of inbound transfers.", r => r.InTransit)
            .Int("inventory_position", "on_hand + incoming + in_transit - committed - unavailable.", r => r.InventoryPosition)
            .Int("suggested_order_qty", "Units to order now; 0 when none.", r => r.SuggestedOrderQuantity)
            .Decimal("suggested_order_value", "Suggested order at unit cost.", r => r.SuggestedOrderValue)
            .NullableDouble("days_of_supply", "Available units over forecast daily demand; null without demand.", r => r.DaysOfSupply)
            .Double("stockout_risk", "Probability of running out before an order placed now arrives (0 to 1).", r => r.StockoutRisk)
            .Text("note", "Why a figure is missing or a rule was bent.", r => r.Note);

    /// <summary>The KPI report: six KPIs per segment.</summary>
    public static ExportTable<KpiRow> Kpi { get; } =
        new ExportTable<KpiRow>("fact_kpi", "One row per KPI x segment (total, channel, ABC class, location).",
                "report_date_key, kpi, segment_kind, segment")
            .Int("report_date_key", "Report date as yyyyMMdd; joins dim_date.", r => DateDimension.KeyOf(r.ReportDate))
            .Date("report_date", "The as-of date.", r => r.ReportDate)
            .Date("period_start", "First day of the period measured.", r => r.PeriodStart)
            .Date("period_end", "Last day of the period measured.", r => r.PeriodEnd)
            .Text("kpi", "InventoryTurnover, DaysOfInventory, StockoutRate, CarryingCostPercentage, FillRate or SellThroughRate.", r => r.Kpi.ToString())
            .Text("segment_kind", "Total, Channel, AbcClass or Location.", r => r.SegmentKind.ToString())
            .Text("segment", "all, a channel, A/B/C or a location.", r => r.Segment)
            .NullableDouble("value", "The KPI; null when undefined for the segment.", r => r.Value)
            .Text("unit", "turns/year, days or %.", r => r.Unit)
            .Double("numerator", "The formula's numerator as measured.", r => r.Numerator)
            .Double("denominator", "The formula's denominator as measured.", r => r.Denominator)
            .NullableDouble("healthy_min", "Lowest healthy value from the guide, or null.", r => r.HealthyMin)
            .NullableDouble("healthy_max", "Highest healthy value from the guide, or null.", r => r.HealthyMax)
            .Text("status", "Healthy, BelowRange, AboveRange or Undefined.", r => r.Status.ToString())
            .Bool("flagged", "Whether the value is outside the healthy range.", r => r.Flagged)
            .Text("note", "Why the value is undefined, or what the total hides.", r => r.Note);

    /// <summary>Daily demand per SKU x channel x location.</summary>
    public static ExportTable<DailyDemandFact> DailyDemand { get; } =
        new ExportTable<DailyDemandFact>("fact_daily_demand",
                "One row per SKU x channel x location that had demand on the date (rolled up by recorded time).",
                "date_key, sku, channel, location")
            .Int("date_key", "The day as yyyyMMdd; joins dim_date.", r => DateDimension.KeyOf(r.Date))
            .Date("date", "The UTC day.", r => r.Date)
            .Text("sku", "The SKU.", r => r.Sku)
            .Text("channel", "The channel.", r => r.Channel)
            .Text("location", "The location.", r => r.Location)
            .Int("units_ordered", "Units on order lines placed.", r => r.UnitsOrdered)
            .Int("units_cancelled", "Units of order lines cancelled.", r => r.UnitsCancelled)
            .Int("net_units", "units_ordered - units_cancelled: the demand planning forecasts.", r => r.NetUnits)
            .Int("units_shipped", "Units shipped.", r => r.UnitsShipped)
            .Int("units_returned", "Units returned (kept apart from demand).", r => r.UnitsReturned)
            .Int("order_lines", "Order lines placed.", r => r.OrderLines)
            .Int("order_lines_short", "Order lines not covered by available stock when placed.", r => r.OrderLinesShort)
            .Decimal("cogs", "FIFO cost of the units shipped.", r => r.CostOfGoodsSold);

    /// <summary>End-of-day position per SKU x location.</summary>
    public static ExportTable<DailyPositionFact> DailyPosition { get; } =
        new ExportTable<DailyPositionFact>("fact_daily_position",
                "One row per SKU x location that exists at the end of the date, moved or not.",
                "date_key, sku, location")
            .Int("date_key", "The day as yyyyMMdd; joins dim_date.", r => DateDimension.KeyOf(r.Date))
            .Date("date", "The UTC day.", r => r.Date)
            .Text("sku", "The SKU.", r => r.Sku)
            .Text("location", "The location.", r => r.Location)
            .Int("on_hand", "Units on hand at the end of the day.", r => r.OnHand)
            .Int("committed", "Units committed.", r => r.Committed)
            .Int("unavailable", "Units unavailable.", r => r.Unavailable)
            .Int("incoming", "Units on open purchase orders.", r => r.Incoming)
            .Int("in_transit", "Units in transit.", r => r.InTransit)
            .Decimal("inventory_value", "FIFO value on hand at the end of the day.", r => r.InventoryValue)
            .Int("units_received", "Units received on purchase orders that day.", r => r.UnitsReceived)
            .Decimal("cogs", "FIFO cost of units shipped that day, all channels.", r => r.CostOfGoodsSold)
            .Decimal("write_off_value", "Value lost to negative adjustments and counts that day.", r => r.WriteOffValue)
            .Bool("stocked_out", "Whether available stock was zero or less at some point of the day.", r => r.StockedOut);

    /// <summary>The SKUs.</summary>
    public static ExportTable<SkuDimension> Sku { get; } =
        new ExportTable<SkuDimension>("dim_sku", "One row per SKU, with its class on the report date.", "sku")
            .Text("sku", "The SKU.", r => r.Sku)
            .Text("title", "Its title.", r => r.Title)
            .Text("supplier", "Its supplier.", r => r.Supplier)
            .Decimal("unit_cost", "Unit cost (0 when unknown).", r => r.UnitCost)
            .Decimal("price", "Selling price.", r => r.Price)
            .Double("lead_time_days", "Mean lead time.", r => r.LeadTimeDays)
            .Double("lead_time_std_dev_days", "Lead time standard deviation.", r => r.LeadTimeStdDevDays)
            .Int("minimum_order_qty", "Supplier's minimum order quantity.", r => r.MinimumOrderQuantity)
            .Int("case_pack", "Units a case.", r => r.CasePack)
            .Text("abc_class", "A, B or C on the report date.", r => r.AbcClass.ToString())
            .Double("revenue", "Revenue over the window.", r => r.Revenue)
            .Bool("in_catalog", "False for a SKU seen in the facts but missing from the catalog.", r => r.InCatalog);

    /// <summary>The channels.</summary>
    public static ExportTable<string> Channel { get; } =
        new ExportTable<string>("dim_channel", "One row per channel.", "channel")
            .Text("channel", "The channel, lower case.", r => r);

    /// <summary>The locations.</summary>
    public static ExportTable<string> Location { get; } =
        new ExportTable<string>("dim_location", "One row per location.", "location")
            .Text("location", "The location.", r => r);

    /// <summary>The calendar of the period.</summary>
    public static ExportTable<DateDimension> Date { get; } =
        new ExportTable<DateDimension>("dim_date", "One row per day of the report's period.", "date_key")
            .Int("date_key", "The day as yyyyMMdd.", r => r.DateKey)
            .Date("date", "The day.", r => r.Date)
            .Int("year", "Year.", r => r.Year)
            .Int("quarter", "Quarter, 1 to 4.", r => r.Quarter)
            .Int("month", "Month, 1 to 12.", r => r.Month)
            .Int("day", "Day of the month.", r => r.Day)
            .Text("weekday", "Weekday name.", r => r.Weekday)
            .Int("iso_week", "ISO 8601 week.", r => r.IsoWeek)
            .Bool("is_weekend", "Saturday or Sunday.", r => r.IsWeekend)
            .Text("events", "Known channel events covering the day.", r => r.Events);
}

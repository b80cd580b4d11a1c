using Inventory.Core.Planning;

namespace Inventory.Azure.Tests.Planning;

/// <summary>Small planning reports and facts for the storage tests.</summary>
internal static class PlanningReports
{
    public static readonly DateOnly Day = new(2025, 3, 1);

    public static PlanningReport Sample(DateOnly reportDate, int reorderLines, DateTimeOffset generatedAt) => new()
    {
        ReportDate = reportDate,
        GeneratedAt = generatedAt,
        PeriodStart = reportDate.AddDays(-6),
        Reorder = [.. Enumerable.Range(1, reorderLines).Select(i => Line(reportDate, $"SKU-{i:D3}", i))],
        Kpis = [Kpi(reportDate)],
        Skus = [new SkuDimension("SKU-001", "Mug, \"blue\"", "Acme", 2.5m, 9.99m, 7, 1, 1, 6, AbcClass.A, 99.9, true)],
        Channels = ["amazon", "shopify"],
        Locations = ["WH-MAIN"],
        Dates = DateDimension.Range(reportDate.AddDays(-6), reportDate, []),
    };

    public static DailyDemandFact Demand(DateOnly day, string sku) =>
        new(day, sku, "amazon", "WH-MAIN", 5, 1, 3, 0, 2, 0, 7.1234m);

    public static DailyPositionFact Position(DateOnly day, string sku, int onHand) =>
        new(day, sku, "WH-MAIN", onHand, 1, 0, 10, 0, onHand * 2.5m, 0, 7.1234m, 0m, false);

    private static ReorderLine Line(DateOnly day, string sku, int priority) => new()
    {
        ReportDate = day,
        Sku = sku,
        Location = "WH-MAIN",
        AbcClass = AbcClass.A,
        Supplier = "Acme",
        Revenue = 120.5,
        HistoryDays = 7,
        Channels = 1,
        AverageDailyDemand = 2,
        DailyDemandStdDev = 0.5,
        ForecastDailyDemand = 2.1,
        LeadTimeDays = 7,
        LeadTimeStdDevDays = 1,
        ServiceLevel = 0.98,
        ServiceFactor = 2.05,
        SafetyStock = 5,
        ReorderPoint = 19.7,
        EconomicOrderQuantity = null,
        OnHand = 10,
        Committed = 1,
        Unavailable = 0,
        Incoming = 0,
        InTransit = 0,
        InventoryPosition = 9,
        SuggestedOrderQuantity = 12,
        SuggestedOrderValue = 30.0001m,
        DaysOfSupply = 4.3,
        StockoutRisk = 0.4,
        Alert = StockAlert.BelowReorderPoint,
        Priority = priority,
        Note = "no unit cost, so no EOQ",
    };

    private static KpiRow Kpi(DateOnly day) => new()
    {
        ReportDate = day,
        PeriodStart = day.AddDays(-6),
        PeriodEnd = day,
        Kpi = KpiKind.FillRate,
        SegmentKind = KpiSegmentKind.Total,
        Segment = "all",
        Value = 97.5,
        Unit = "%",
        Numerator = 39,
        Denominator = 40,
        HealthyMin = 95,
        HealthyMax = null,
        Status = KpiStatus.Healthy,
    };
}

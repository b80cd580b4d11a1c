namespace Inventory.Core.Planning;

/// <summary>Computes the six KPI rows of one segment from its totals.</summary>
public static class KpiCalculator
{
    /// <summary>The six KPIs of a segment.</summary>
    /// <param name="totals">The segment's sums.</param>
    /// <param name="kind">How the segment slices the inventory.</param>
    /// <param name="segment">The segment's name.</param>
    /// <param name="periodStart">The first day of the period.</param>
    /// <param name="periodEnd">The last day of the period (the report date).</param>
    /// <param name="options">The planning settings (the carrying cost rate).</param>
    public static IReadOnlyList<KpiRow> Compute(
        KpiTotals totals,
        KpiSegmentKind kind,
        string segment,
        DateOnly periodStart,
        DateOnly periodEnd,
        PlanningOptions options)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(options);
        var classA = kind == KpiSegmentKind.AbcClass && segment == nameof(AbcClass.A);
        var days = totals.PeriodDays;
        var average = totals.AverageInventoryValue;
        var annualCogs = days > 0 ? totals.CostOfGoodsSold * 365.0 / days : 0.0;
        var turnover = KpiMath.InventoryTurnover(totals.CostOfGoodsSold, average, days);
        var noStock = average <= 0.0 ? "No inventory value in the period: turnover is undefined." : null;
        var carryingCosts = days > 0
            ? ((options.CarryingCostRatePerYear * average * days / 365.0) + totals.WriteOffValue) * 365.0 / days
            : 0.0;

        KpiRow Row(KpiKind kpi, double? value, string unit, double numerator, double denominator, string? undefined)
        {
            var range = HealthyRange.For(kpi, classA);
            return new KpiRow
            {
                ReportDate = periodEnd,
                PeriodStart = periodStart,
                PeriodEnd = periodEnd,
                Kpi = kpi,
                SegmentKind = kind,
                Segment = segment,
                Value = value,
                Unit = unit,
                Numerator = numerator,
                Denominator = denominator,
                HealthyMin = range.Min,
                HealthyMax = range.Max,
                Status = range.Judge(value),
                Note = value is null ? undefined : null,
            };
        }

        return
        [
            Row(KpiKind.InventoryTurnover, turnover, "turns/year", annualCogs, average, noStock),
            Row(KpiKind.DaysOfInventory, KpiMath.DaysOfInventory(turnover), "days", 365.0, turnover ?? 0.0,
                noStock ?? "Nothing was sold in the period: days of inventory are unbounded."),
            Row(KpiKind.StockoutRate, KpiMath.StockoutRate(totals.StockoutDays, totals.SkuDays), "%",
                totals.StockoutDays, totals.SkuDays, "No SKU-days in the period."),
            Row(KpiKind.CarryingCostPercentage,
                KpiMath.CarryingCostPercentage(options.CarryingCostRatePerYear, average, totals.WriteOffValue, days),
                "%", carryingCosts, average, noStock is null ? null : "No inventory value in the period."),
            Row(KpiKind.FillRate, KpiMath.FillRate(totals.OrderLinesComplete, totals.OrderLines), "%",
                totals.OrderLinesComplete, totals.OrderLines, "No orders in the period."),
            Row(KpiKind.SellThroughRate, KpiMath.SellThroughRate(totals.UnitsSold, totals.UnitsReceived), "%",
                totals.UnitsSold, totals.UnitsReceived, "Nothing was received in the period."),
        ];
    }
}

namespace Inventory.Core.Planning;

/// <summary>One night's planning output: the reorder report, the KPI report and the dimensions they refer to.</summary>
public sealed record PlanningReport
{
    /// <summary>The as-of date: the last day of history counted.</summary>
    public required DateOnly ReportDate { get; init; }

    /// <summary>When the run produced the report.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The first day of the history window and KPI period.</summary>
    public required DateOnly PeriodStart { get; init; }

    /// <summary>The reorder lines, one per SKU x location, ranked by priority.</summary>
    public required IReadOnlyList<ReorderLine> Reorder { get; init; }

    /// <summary>Six KPI rows per segment: total, each channel, each class, each location.</summary>
    public required IReadOnlyList<KpiRow> Kpis { get; init; }

    /// <summary>Every SKU the report names.</summary>
    public required IReadOnlyList<SkuDimension> Skus { get; init; }

    /// <summary>Every channel the report names, ordered.</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>Every location the report names, ordered.</summary>
    public required IReadOnlyList<string> Locations { get; init; }

    /// <summary>The low-stock alerts: lines below the reorder point or below safety stock, in priority order.</summary>
    public IEnumerable<ReorderLine> LowStockAlerts => Reorder.Where(line => line.Alert != StockAlert.None);

    /// <summary>The days of the period.</summary>
    public required IReadOnlyList<DateDimension> Dates { get; init; }
}

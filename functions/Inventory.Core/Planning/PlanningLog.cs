using Microsoft.Extensions.Logging;

namespace Inventory.Core.Planning;

/// <summary>Log messages of nightly planning (EventIds 5000 to 5099).</summary>
internal static partial class PlanningLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information,
        Message = "Rolled up {ReportDate}: {LedgerEntries} ledger entries into {DemandRows} demand and {PositionRows} position facts in {ElapsedMs} ms.")]
    public static partial void RolledUp(
        ILogger logger, DateOnly reportDate, long ledgerEntries, int demandRows, int positionRows, long elapsedMs);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "The day before {ReportDate} has no daily facts, so the start of the day was rebuilt from the whole ledger; roll up days in order to avoid this slower path.")]
    public static partial void Bootstrapped(ILogger logger, DateOnly reportDate);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information,
        Message = "Planning for {ReportDate}: {Positions} SKU x locations, {OrdersSuggested} orders suggested, {BelowSafetyStock} below safety stock, {KpisFlagged} of {KpiRows} KPIs outside their healthy range, in {ElapsedMs} ms.")]
    public static partial void Planned(
        ILogger logger, DateOnly reportDate, int positions, int ordersSuggested, int belowSafetyStock, int kpisFlagged,
        int kpiRows, long elapsedMs);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "SKU {Sku} appears in the daily facts for {ReportDate} but not in the catalog; it is planned without lead time, cost or price. Add it to the catalog.")]
    public static partial void NotInCatalog(ILogger logger, string sku, DateOnly reportDate);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning,
        Message = "KPI {Kpi} for {SegmentKind} {Segment} is {Value:F2} on {ReportDate}, outside its healthy range.")]
    public static partial void KpiOutsideRange(
        ILogger logger, KpiKind kpi, KpiSegmentKind segmentKind, string segment, double value, DateOnly reportDate);
}

using Microsoft.Extensions.Logging;

namespace Inventory.Azure.Planning;

/// <summary>Log events of the Azure planning adapters: EventIds 5500-5549.</summary>
internal static partial class AzurePlanningLog
{
    [LoggerMessage(5500, LogLevel.Information,
        "Wrote the {ReportDate} reports to Cosmos DB: {ReorderRows} reorder rows in {ReorderDocuments} documents and "
        + "{KpiRows} KPI rows in {KpiDocuments} documents")]
    public static partial void ReportsWritten(
        this ILogger logger, DateOnly reportDate, int reorderRows, int reorderDocuments, int kpiRows, int kpiDocuments);

    [LoggerMessage(5501, LogLevel.Debug,
        "Removed {Stale} report documents of an earlier {ReportDate} run that this run no longer needs")]
    public static partial void StaleReportsRemoved(this ILogger logger, DateOnly reportDate, int stale);
}

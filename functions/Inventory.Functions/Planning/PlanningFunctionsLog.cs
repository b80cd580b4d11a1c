using Microsoft.Extensions.Logging;

namespace Inventory.Functions.Planning;

/// <summary>Log events of the nightly planning timers: EventIds 5550-5599.</summary>
internal static partial class PlanningFunctionsLog
{
    [LoggerMessage(5550, LogLevel.Information,
        "Nightly planning for {ReportDate} starts; the roll-up of that day {RollUp}")]
    public static partial void Starting(this ILogger logger, DateOnly reportDate, string rollUp);

    [LoggerMessage(5551, LogLevel.Information,
        "The KPI report for {ReportDate} is written by the {Function} timer together with the reorder report (both come "
        + "from one pass over the same facts); this timer does no planning of its own")]
    public static partial void KpiWrittenByReorderRun(this ILogger logger, DateOnly reportDate, string function);
}

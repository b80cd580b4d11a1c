using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Inventory.Functions.Planning;

/// <summary>
/// The KPI report's timer, on the same schedule as <see cref="NightlyReorderReport"/>. It does no planning: the
/// planning use case computes the KPIs in the same pass over the daily facts as the reorder lines and writes both
/// reports together, so <see cref="NightlyReorderReport"/> writes the KPI report too. Running planning here as well
/// would read the whole window twice and race the other timer's writes. This timer only logs where the KPI report
/// comes from; it is kept so the report has a named trigger when the use case can produce it on its own.
/// </summary>
internal sealed class NightlyKpiReport(TimeProvider time, ILogger<NightlyKpiReport> logger)
{
    public const string Name = "NightlyKpiReport";

    [Function(Name)]
    public void Run([TimerTrigger("%Planning:ReportSchedule%")] TimerInfo timer)
    {
        var yesterday = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);
        logger.KpiWrittenByReorderRun(yesterday, NightlyReorderReport.Name);
    }
}

using Microsoft.Azure.Functions.Worker;

namespace Inventory.Functions.Planning;

/// <summary>
/// Every night (<c>Planning:ReportSchedule</c>, <c>0 0 2 * * *</c> in the infrastructure): rolls up yesterday if
/// needed and writes yesterday's reorder report, and with it the KPI report, to the blob files and Cosmos DB.
/// </summary>
internal sealed class NightlyReorderReport(NightlyPlanningJob job)
{
    public const string Name = "NightlyReorderReport";

    [Function(Name)]
    public Task RunAsync(
        [TimerTrigger("%Planning:ReportSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        job.RunAsync(cancellationToken);
}

using Inventory.Core.Planning;
using Microsoft.Extensions.Logging;

namespace Inventory.Functions.Planning;

/// <summary>
/// One night's planning: roll up yesterday (UTC, from <see cref="TimeProvider"/>) unless its daily facts exist, then
/// run planning as of yesterday, which writes the reorder and the KPI report together.
/// </summary>
internal sealed class NightlyPlanningJob(
    NightlyRollup rollup,
    NightlyPlanningRun planning,
    IDailyFactStore facts,
    TimeProvider time,
    ILogger<NightlyPlanningJob> logger)
{
    /// <summary>Yesterday, as a UTC day.</summary>
    public DateOnly Yesterday => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);

    public async Task<PlanningRunSummary> RunAsync(CancellationToken cancellationToken)
    {
        var day = Yesterday;
        var rolledUp = await facts.HasDayAsync(day, cancellationToken);
        logger.Starting(day, rolledUp ? "is already there" : "runs first");
        if (!rolledUp)
        {
            await rollup.RunAsync(day, progress: null, cancellationToken);
        }

        return await planning.RunAsync(day, progress: null, cancellationToken);
    }
}

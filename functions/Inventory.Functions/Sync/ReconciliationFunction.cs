using Inventory.Core.Sync.Reconciliation;
using Microsoft.Azure.Functions.Worker;

namespace Inventory.Functions.Sync;

/// <summary>
/// The reconciliation timer. Its schedule is the app setting <c>Reconciliation:Schedule</c> (NCRONTAB, six fields,
/// UTC; <c>Reconciliation__Schedule</c> in app settings), which the Functions host resolves when it indexes the
/// function, so it cannot default in code: infra sets <c>0 */15 * * * *</c> (every 15 minutes) and
/// local.settings.sample.json carries the same value.
/// </summary>
public sealed class ReconciliationFunction(ReconciliationService reconciliation)
{
    /// <summary>The function name.</summary>
    public const string Name = "Reconciliation";

    /// <summary>Runs one reconciliation pass.</summary>
    [Function(Name)]
    public Task RunAsync(
        [TimerTrigger("%Reconciliation:Schedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        reconciliation.RunAsync(cancellationToken);
}

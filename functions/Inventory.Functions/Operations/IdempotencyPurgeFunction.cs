using Inventory.Api.Http;
using Microsoft.Azure.Functions.Worker;

namespace Inventory.Functions.Operations;

/// <summary>
/// Deletes expired Idempotency-Key records once an hour (at minute 41, away from the quarter-hour reconciliation).
/// A fixed schedule: how long records live is <c>Api:IdempotencyRetention</c>, and an hour's delay in deleting
/// changes nothing, because replays are decided by each record's age.
/// </summary>
public sealed class IdempotencyPurgeFunction(IdempotencyRecordPurge purge)
{
    /// <summary>The function name.</summary>
    public const string Name = "IdempotencyPurge";

    /// <summary>Runs one purge.</summary>
    [Function(Name)]
    public Task RunAsync([TimerTrigger("0 41 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        purge.PurgeAsync(cancellationToken);
}

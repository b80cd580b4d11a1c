using System.Text.Json;
using Inventory.Core.Serialization;
using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;

namespace Inventory.Core.Messaging;

/// <summary>
/// The event processor: applies one queued movement to the stock store and says how to settle the message. Both the
/// Service Bus consumer and the embedded inbox call it, so they settle the same way.
/// </summary>
public sealed partial class MovementProcessor(IStockStore store, ISyncRequester sync, ILogger<MovementProcessor> logger)
{
    /// <summary>Reads a message body; a body that is not a known envelope is poison.</summary>
    public static bool TryReadEnvelope(ReadOnlySpan<byte> body, out MovementEnvelope? envelope, out string? problem)
    {
        envelope = null;
        try
        {
            var read = JsonSerializer.Deserialize<MovementEnvelope>(body, InventoryJson.Options);
            if (read?.Movement is null)
            {
                problem = "The message body holds no movement envelope.";
                return false;
            }

            if (read.SchemaVersion != MovementEnvelope.CurrentSchemaVersion)
            {
                problem = $"The envelope schema version {read.SchemaVersion} is not one this consumer reads "
                    + $"(it reads {MovementEnvelope.CurrentSchemaVersion}); deploy a consumer that knows it.";
                return false;
            }

            envelope = read;
            problem = null;
            return true;
        }
        catch (JsonException error)
        {
            problem = $"The message body is not a valid movement envelope: {error.Message}";
            return false;
        }
    }

    /// <summary>Serializes an envelope as a message body, as <see cref="InventoryJson.Options"/> would.</summary>
    public static byte[] WriteEnvelope(MovementEnvelope envelope) => HotPathJson.ToUtf8Bytes(envelope);

    /// <summary>Applies the envelope's movement and decides the settlement. Never throws for a bad movement.</summary>
    public async Task<ProcessingResult> ProcessAsync(MovementEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var movement = envelope.Movement;

        ApplyOutcome outcome;
        try
        {
            outcome = await store.ApplyAsync(movement, cancellationToken).ConfigureAwait(false);
        }
        catch (StockConcurrencyException error)
        {
            return Contention(movement, error);
        }

        return await SettleAsync(envelope, outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies the envelopes' movements in the order given (<see cref="IStockStore.ApplyInOrderAsync"/>) and decides
    /// each one's settlement as <see cref="ProcessAsync"/> would. A movement that failed is to be retried; null for a
    /// movement not attempted because an earlier one of its SKU failed: it stays queued and is not settled now.
    /// </summary>
    public async Task<IReadOnlyList<ProcessingResult?>> ProcessInOrderAsync(
        IReadOnlyList<MovementEnvelope> envelopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        var movements = new Movement[envelopes.Count];
        for (var i = 0; i < movements.Length; i++)
        {
            movements[i] = envelopes[i].Movement;
        }

        var attempts = await store.ApplyInOrderAsync(movements, cancellationToken).ConfigureAwait(false);
        var results = new ProcessingResult?[envelopes.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var movement = movements[i];
            results[i] = attempts[i] switch
            {
                { Outcome: { } outcome } => await SettleAsync(envelopes[i], outcome, cancellationToken)
                    .ConfigureAwait(false),
                { Error: StockConcurrencyException error } => Contention(movement, error),
                { Error: { } error } => Failed(movement, error),
                _ => null,
            };
        }

        return results;
    }

    private ProcessingResult Contention(Movement movement, StockConcurrencyException error)
    {
        LogContention(logger, movement.Sku, movement.Location, movement.Id);
        return new ProcessingResult(ProcessingDecision.Retry, error.Message, null);
    }

    private ProcessingResult Failed(Movement movement, Exception error)
    {
        LogApplyFailed(logger, error, movement.Id, movement.Sku, movement.Location);
        return new ProcessingResult(ProcessingDecision.Retry, error.Message, null) { ReasonCode = "Transient" };
    }

    private async Task<ProcessingResult> SettleAsync(
        MovementEnvelope envelope, ApplyOutcome outcome, CancellationToken cancellationToken)
    {
        var movement = envelope.Movement;
        switch (outcome.Status)
        {
            case ApplyStatus.Applied:
                LogApplied(logger, movement.Id, movement.Kind, movement.Sku, movement.Location, outcome.Quantities.OnHand,
                    outcome.Quantities.Available, outcome.Version);
                await sync.RequestSyncAsync(
                    new SyncRequest(movement.Sku, outcome.Version, envelope.ReceivedAt), cancellationToken)
                    .ConfigureAwait(false);
                return new ProcessingResult(ProcessingDecision.Complete, null, outcome);

            case ApplyStatus.Duplicate:
                // A redelivery may follow a sync request that failed after the first apply; asking again is cheap
                // because syncs coalesce per SKU, and it keeps a lost request from leaving the channels stale.
                LogDuplicate(logger, movement.Id, movement.Sku, movement.Location);
                await sync.RequestSyncAsync(
                    new SyncRequest(movement.Sku, outcome.Version, envelope.ReceivedAt), cancellationToken)
                    .ConfigureAwait(false);
                return new ProcessingResult(ProcessingDecision.Complete, null, outcome);

            default:
                var rejection = outcome.Rejection!;
                LogRejected(logger, movement.Id, movement.Sku, movement.Location, rejection.Message);
                return new ProcessingResult(ProcessingDecision.DeadLetter, rejection.Message, outcome)
                {
                    ReasonCode = rejection.Code.ToString(),
                };
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Applied {Kind} {MovementId} to SKU {Sku} at {Location}: on hand {OnHand}, available {Available}, "
            + "version {Version}")]
    private static partial void LogApplied(ILogger logger, string movementId, MovementKind kind, string sku,
        string location, int onHand, int available, long version);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Debug,
        Message = "Movement {MovementId} for SKU {Sku} at {Location} was applied before; completed as a duplicate")]
    private static partial void LogDuplicate(ILogger logger, string movementId, string sku, string location);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning,
        Message = "Movement {MovementId} for SKU {Sku} at {Location} was refused and dead-lettered: {Reason}")]
    private static partial void LogRejected(ILogger logger, string movementId, string sku, string location,
        string reason);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning,
        Message = "Movement {MovementId} for SKU {Sku} at {Location} met contention past its retries; it will be "
            + "delivered again")]
    private static partial void LogContention(ILogger logger, string sku, string location, string movementId);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Error,
        Message = "Applying movement {MovementId} for SKU {Sku} at {Location} failed; it will be delivered again")]
    private static partial void LogApplyFailed(
        ILogger logger, Exception error, string movementId, string sku, string location);
}

using System.Data;
using System.Threading.Channels;
using Inventory.Core.Stock;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Inventory.Embedded.Stock;

/// <summary>
/// The single writer of the embedded store. Movements queue here and are written in batches, one immediate
/// transaction each (group commit): one disk flush acknowledges many movements, and writers to one hot SKU wait in
/// line instead of retrying against each other. A caller's task completes only after its batch has committed.
/// Movements handed over together (<see cref="EnqueueInOrderAsync"/>) go into one transaction with one answer.
/// </summary>
internal sealed partial class SqliteStockWriter : IAsyncDisposable
{
    private readonly Channel<PendingWork> _queue = Channel.CreateUnbounded<PendingWork>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly int _maxBatchSize;
    private readonly Task _loop;
    private readonly Func<Movement, ApplyAttempt> _decideAndWrite;

    private readonly SqliteCommand _findEntry;
    private readonly SqliteCommand _findIncident;
    private readonly SqliteCommand _readPosition;
    private readonly SqliteCommand _insertPosition;
    private readonly SqliteCommand _updatePosition;
    private readonly SqliteCommand _insertEntry;
    private readonly SqliteCommand _insertIncident;

    public SqliteStockWriter(SqliteConnections connections, int maxBatchSize, TimeProvider time, ILogger logger)
    {
        _connection = connections.Open();
        _time = time;
        _logger = logger;
        _maxBatchSize = maxBatchSize;
        _decideAndWrite = DecideAndWrite;

        _findEntry = Command("SELECT entry FROM ledger WHERE movement_id = $id", "$id");
        _findIncident = Command("SELECT incident FROM oversells WHERE movement_id = $id", "$id");
        _readPosition = Command(
            $"SELECT {SqliteRows.PositionColumns} FROM stock WHERE sku = $sku AND location = $location",
            "$sku", "$location");
        _insertPosition = Command(
            $"INSERT INTO stock ({SqliteRows.PositionColumns}) VALUES ($sku, $location, $onHand, $committed, "
            + "$unavailable, $incoming, $inTransit, $version, $lastUnitCost, $updatedAt, $layers)",
            PositionParameters);
        _updatePosition = Command(
            "UPDATE stock SET on_hand = $onHand, committed = $committed, unavailable = $unavailable, "
            + "incoming = $incoming, in_transit = $inTransit, version = $version, last_unit_cost = $lastUnitCost, "
            + "updated_at = $updatedAt, cost_layers = $layers "
            + "WHERE sku = $sku AND location = $location AND version = $version - 1",
            PositionParameters);
        _insertEntry = Command(
            "INSERT INTO ledger (movement_id, sku, location, recorded_ticks, entry) "
            + "VALUES ($id, $sku, $location, $ticks, $json) ON CONFLICT (movement_id) DO NOTHING",
            "$id", "$sku", "$location", "$ticks", "$json");
        _insertIncident = Command(
            "INSERT INTO oversells (movement_id, sku, recorded_ticks, incident) VALUES ($id, $sku, $ticks, $json)",
            "$id", "$sku", "$ticks", "$json");

        _loop = Task.Run(RunAsync);
    }

    private static string[] PositionParameters =>
    [
        "$sku", "$location", "$onHand", "$committed", "$unavailable", "$incoming", "$inTransit", "$version",
        "$lastUnitCost", "$updatedAt", "$layers",
    ];

    public Task<ApplyOutcome> EnqueueAsync(Movement movement, CancellationToken cancellationToken)
    {
        var pending = new PendingApply(movement, cancellationToken);
        Enqueue(pending);
        return pending.Completion.Task;
    }

    public Task<IReadOnlyList<ApplyAttempt>> EnqueueInOrderAsync(
        IReadOnlyList<Movement> movements, CancellationToken cancellationToken)
    {
        if (movements.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<ApplyAttempt>>([]);
        }

        var pending = new PendingInOrder(movements, cancellationToken);
        Enqueue(pending);
        return pending.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        foreach (var command in new[]
                 {
                     _findEntry, _findIncident, _readPosition, _insertPosition, _updatePosition, _insertEntry,
                     _insertIncident,
                 })
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private void Enqueue(PendingWork pending)
    {
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SqliteStockWriter), "The stock store is shutting down.");
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWork>();
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            var movements = 0;
            while (movements < _maxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                if (pending.CancellationToken.IsCancellationRequested)
                {
                    pending.Cancel();
                    continue;
                }

                batch.Add(pending);
                movements += pending.Count;
            }

            if (batch.Count > 0)
            {
                WriteBatch(batch);
            }
        }
    }

    private void WriteBatch(List<PendingWork> batch)
    {
        try
        {
            using var transaction = _connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            SetTransaction(transaction);
            foreach (var pending in batch)
            {
                pending.Write(_decideAndWrite);
            }

            transaction.Commit();
        }
        catch (Exception error) when (error is SqliteException or IOException or StockConcurrencyException)
        {
            LogBatchFailed(_logger, error, batch.Sum(p => p.Count));
            foreach (var pending in batch)
            {
                pending.Fail(error);
            }

            return;
        }

        // Only now is every write of the batch on disk: acknowledge.
        foreach (var pending in batch)
        {
            pending.Complete();
        }
    }

    // A movement is decided before its id is looked up in the ledger: the ledger insert refuses an id it holds, and
    // only then (or when the movement is refused or cannot be decided) is the earlier entry read. A redelivery is
    // answered as before, and a new movement, nearly every one, costs one statement less.
    private ApplyAttempt DecideAndWrite(Movement movement)
    {
        var position = ReadPosition(movement.Key);
        MovementDecision decision;
        try
        {
            decision = StockLedger.Decide(position, movement, _time.GetUtcNow());
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or OverflowException)
        {
            if (AppliedBefore(movement, position) is { } duplicate)
            {
                return duplicate;
            }

            // A defect in deciding one movement must not fail the others in its batch; nothing was written for it.
            LogDecisionFailed(_logger, error, movement.Sku, movement.Location, movement.Id);
            return ApplyAttempt.Failed(error);
        }

        if (!decision.IsApplied)
        {
            return AppliedBefore(movement, position)
                ?? ApplyAttempt.Done(ApplyOutcome.Rejected(position, decision.Rejection!));
        }

        if (!TryWriteEntry(decision.Entry!))
        {
            // Only the unique movement id can refuse the insert, so the entry is there; should it not be, this
            // movement fails alone, as a defect in deciding it would.
            return AppliedBefore(movement, position) ?? ApplyAttempt.Failed(new InvalidDataException(
                $"The ledger refused movement '{movement.Id}' for SKU '{movement.Sku}' but holds no entry for it."));
        }

        WritePosition(decision.After!);
        if (decision.Oversell is { } incident)
        {
            WriteIncident(incident);
        }

        return ApplyAttempt.Done(ApplyOutcome.Applied(decision.Entry!, decision.Oversell));
    }

    // The answer for a movement whose id the ledger already holds: a duplicate when the content matches, else refused.
    private ApplyAttempt? AppliedBefore(Movement movement, StockPosition position)
    {
        var existing = FindEntry(movement.Id);
        if (existing is null)
        {
            return null;
        }

        return ApplyAttempt.Done(MovementFingerprint.Of(movement) == existing.Fingerprint
            ? ApplyOutcome.Duplicate(existing, existing.OversoldUnits > 0 ? FindIncident(movement.Id) : null)
            : ApplyOutcome.Rejected(position, StockLedger.IdReused(movement, existing)));
    }

    private StockPosition ReadPosition(StockKey key)
    {
        _readPosition.Parameters[0].Value = key.Sku;
        _readPosition.Parameters[1].Value = key.Location;
        using var reader = _readPosition.ExecuteReader();
        return reader.Read() ? SqliteRows.ReadPosition(reader) : StockPosition.Empty(key);
    }

    private LedgerEntry? FindEntry(string movementId)
    {
        _findEntry.Parameters[0].Value = movementId;
        return _findEntry.ExecuteScalar() is string json ? SqliteRows.ReadEntry(json) : null;
    }

    private OversellIncident? FindIncident(string movementId)
    {
        _findIncident.Parameters[0].Value = movementId;
        return _findIncident.ExecuteScalar() is string json ? SqliteRows.ReadIncident(json) : null;
    }

    private void WritePosition(StockPosition position)
    {
        var command = position.Version == 1 ? _insertPosition : _updatePosition;
        var p = command.Parameters;
        p[0].Value = position.Key.Sku;
        p[1].Value = position.Key.Location;
        p[2].Value = position.Quantities.OnHand;
        p[3].Value = position.Quantities.Committed;
        p[4].Value = position.Quantities.Unavailable;
        p[5].Value = position.Quantities.Incoming;
        p[6].Value = position.Quantities.InTransit;
        p[7].Value = position.Version;
        p[8].Value = (object?)SqliteRows.WriteCost(position.LastUnitCost) ?? DBNull.Value;
        p[9].Value = SqliteRows.WriteTime(position.UpdatedAt);
        p[10].Value = SqliteRows.WriteLayers(position.CostLayers);

        // The version guard cannot fail while this is the only writer; another process on the same file would be
        // held off by the immediate transaction. It stays as the compare-and-swap the port promises.
        if (command.ExecuteNonQuery() != 1)
        {
            throw new StockConcurrencyException(
                $"Stock for SKU '{position.Key.Sku}' at '{position.Key.Location}' changed under the writer "
                + $"(expected version {position.Version - 1}); the batch was rolled back and may be retried.");
        }
    }

    // False when the ledger already holds the movement's id; nothing was written then.
    private bool TryWriteEntry(LedgerEntry entry)
    {
        var p = _insertEntry.Parameters;
        p[0].Value = entry.MovementId;
        p[1].Value = entry.Sku;
        p[2].Value = entry.Location;
        p[3].Value = entry.RecordedAt.UtcTicks;
        p[4].Value = SqliteRows.Write(entry);
        return _insertEntry.ExecuteNonQuery() == 1;
    }

    private void WriteIncident(OversellIncident incident)
    {
        var p = _insertIncident.Parameters;
        p[0].Value = incident.MovementId;
        p[1].Value = incident.Sku;
        p[2].Value = incident.RecordedAt.UtcTicks;
        p[3].Value = SqliteRows.Write(incident);
        _insertIncident.ExecuteNonQuery();
    }

    // The statements' parameters are set by position, in the order of the names given here: a lookup by name is a
    // linear search of the collection, paid for every parameter of every movement.
    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private void SetTransaction(SqliteTransaction transaction)
    {
        _findEntry.Transaction = transaction;
        _findIncident.Transaction = transaction;
        _readPosition.Transaction = transaction;
        _insertPosition.Transaction = transaction;
        _updatePosition.Transaction = transaction;
        _insertEntry.Transaction = transaction;
        _insertIncident.Transaction = transaction;
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error,
        Message = "A batch of {Count} movements could not be committed to the embedded store; none of them was applied")]
    private static partial void LogBatchFailed(ILogger logger, Exception error, int count);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error,
        Message = "Movement {MovementId} for SKU {Sku} at {Location} could not be decided; it was not applied")]
    private static partial void LogDecisionFailed(
        ILogger logger, Exception error, string sku, string location, string movementId);
}

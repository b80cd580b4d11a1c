using Inventory.Core.Stock;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Stock;

/// <summary>
/// The embedded stock store: SQLite in WAL mode. Stock, ledger and oversells live in one file and every movement is
/// written with its ledger entry in one transaction, so idempotency needs no window: the ledger's unique movement id
/// is the record of what was applied.
/// </summary>
public sealed class SqliteStockStore : IStockStore, IAsyncDisposable
{
    private readonly SqliteConnections _connections;
    private readonly SqliteStockWriter _writer;

    /// <summary>Opens (and if needed creates) the store.</summary>
    public SqliteStockStore(IOptions<SqliteStoreOptions> options, TimeProvider time, ILogger<SqliteStockStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        _connections = new SqliteConnections(options.Value);
        using (var connection = _connections.Open())
        using (var create = connection.CreateCommand())
        {
            create.CommandText = SqliteSchema.Create;
            create.ExecuteNonQuery();
        }

        _writer = new SqliteStockWriter(_connections, options.Value.MaxBatchSize, time, logger);
    }

    /// <inheritdoc />
    public Task<ApplyOutcome> ApplyAsync(Movement movement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movement);
        return _writer.EnqueueAsync(movement, cancellationToken);
    }

    /// <summary>
    /// Applies the movements in the order given, all in the writer's next transaction (one commit, one answer); a
    /// failed commit fails every movement of it. See <see cref="IStockStore.ApplyInOrderAsync"/>.
    /// </summary>
    public Task<IReadOnlyList<ApplyAttempt>> ApplyInOrderAsync(
        IReadOnlyList<Movement> movements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movements);
        return _writer.EnqueueInOrderAsync(movements, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StockPosition?> GetPositionAsync(StockKey key, CancellationToken cancellationToken = default)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {SqliteRows.PositionColumns} FROM stock WHERE sku = $sku AND location = $location";
        command.Parameters.AddWithValue("$sku", key.Sku);
        command.Parameters.AddWithValue("$location", key.Location);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? SqliteRows.ReadPosition(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StockPosition>> GetPositionsAsync(
        string sku, CancellationToken cancellationToken = default)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqliteRows.PositionColumns} FROM stock WHERE sku = $sku ORDER BY location";
        command.Parameters.AddWithValue("$sku", sku);
        var positions = new List<StockPosition>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            positions.Add(SqliteRows.ReadPosition(reader));
        }

        return positions;
    }

    /// <inheritdoc />
    public async Task<LedgerPage> GetLedgerAsync(
        string sku, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        var before = continuation is null ? long.MaxValue : SqliteLedgerContinuation.Decode(continuation);

        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT seq, entry FROM ledger WHERE sku = $sku AND seq < $before ORDER BY seq DESC LIMIT $take";
        command.Parameters.AddWithValue("$sku", sku);
        command.Parameters.AddWithValue("$before", before);
        command.Parameters.AddWithValue("$take", pageSize + 1);

        var entries = new List<LedgerEntry>(pageSize);
        long lastSeq = 0;
        var more = false;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (entries.Count == pageSize)
            {
                more = true;
                break;
            }

            lastSeq = reader.GetInt64(0);
            entries.Add(SqliteRows.ReadEntry(reader.GetString(1)));
        }

        return new LedgerPage(entries, more ? SqliteLedgerContinuation.Encode(lastSeq) : null);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OversellIncident>> ListOversellsAsync(
        OversellQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT incident FROM oversells WHERE recorded_ticks >= $since "
            + (query.Sku is null ? string.Empty : "AND sku = $sku ") + "ORDER BY seq DESC LIMIT $take";
        command.Parameters.AddWithValue("$since", query.Since.UtcTicks);
        command.Parameters.AddWithValue("$take", Math.Clamp(query.Limit, 1, 10_000));
        if (query.Sku is not null)
        {
            command.Parameters.AddWithValue("$sku", query.Sku);
        }

        var incidents = new List<OversellIncident>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            incidents.Add(SqliteRows.ReadIncident(reader.GetString(0)));
        }

        return incidents;
    }

    /// <summary>Finishes the queued writes and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
    }
}

using System.Runtime.CompilerServices;
using Inventory.Core.Planning;
using Inventory.Core.Stock;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Planning;

/// <summary>Reads the embedded ledger by recorded time, through the <c>ledger_by_time</c> index.</summary>
public sealed class SqlitePlanningLedgerReader : IPlanningLedgerReader
{
    private readonly SqliteConnections _connections;

    /// <summary>Reads the stock store's database file.</summary>
    public SqlitePlanningLedgerReader(IOptions<SqliteStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnections(options.Value);
        using var connection = _connections.Open();
        using var create = connection.CreateCommand();
        create.CommandText = SqliteSchema.Create;
        create.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LedgerEntry> ReadRecordedAsync(
        DateTimeOffset since, DateTimeOffset until, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();

        // The time index finds the day; the order is the order of writing (seq), so each position's last entry wins.
        command.CommandText = "SELECT entry FROM ledger INDEXED BY ledger_by_time "
            + "WHERE recorded_ticks >= $since AND recorded_ticks < $until ORDER BY seq";
        command.Parameters.AddWithValue("$since", since.UtcTicks);
        command.Parameters.AddWithValue("$until", until.UtcTicks);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return SqliteRows.ReadEntry(reader.GetString(0));
        }
    }
}

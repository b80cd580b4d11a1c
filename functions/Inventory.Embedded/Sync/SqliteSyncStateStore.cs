using System.Globalization;
using System.Text.Json;
using Inventory.Core.Serialization;
using Inventory.Core.Sync;
using Inventory.Embedded.Stock;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Sync;

/// <summary>
/// The embedded sync state store: one table in the stock database file, keyed by SKU and channel. The ETag is a write
/// counter; the version guard and the ETag check are one <c>UPDATE ... WHERE</c>, so no writer can slip between them.
/// </summary>
public sealed class SqliteSyncStateStore : ISyncStateStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS sync_state (
            sku TEXT NOT NULL,
            channel TEXT NOT NULL,
            etag INTEGER NOT NULL,
            version INTEGER NOT NULL,
            published_version INTEGER NOT NULL,
            state TEXT NOT NULL,
            PRIMARY KEY (sku, channel)
        ) WITHOUT ROWID;
        """;

    private readonly SqliteConnections _connections;

    /// <summary>Opens the store in the embedded database file, creating its table if missing.</summary>
    public SqliteSyncStateStore(IOptions<SqliteStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnections(options.Value);
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public async Task<StoredSyncState?> GetAsync(
        string channel, string sku, CancellationToken cancellationToken = default)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, state FROM sync_state WHERE sku = $sku AND channel = $channel";
        command.Parameters.AddWithValue("$sku", sku);
        command.Parameters.AddWithValue("$channel", channel);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredSyncState>> ListAsync(
        string sku, CancellationToken cancellationToken = default)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, state FROM sync_state WHERE sku = $sku ORDER BY channel";
        command.Parameters.AddWithValue("$sku", sku);
        var states = new List<StoredSyncState>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            states.Add(Read(reader));
        }

        return states;
    }

    /// <inheritdoc />
    public async Task<SyncStateWriteResult> WriteAsync(
        ChannelSyncState state, string? etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$sku", state.Sku);
        command.Parameters.AddWithValue("$channel", state.Channel);
        command.Parameters.AddWithValue("$version", state.Version);
        command.Parameters.AddWithValue("$published", state.PublishedVersion);
        command.Parameters.AddWithValue("$state", JsonSerializer.Serialize(state, InventoryJson.Options));

        if (etag is null)
        {
            command.CommandText = """
                INSERT INTO sync_state (sku, channel, etag, version, published_version, state)
                VALUES ($sku, $channel, 1, $version, $published, $state)
                ON CONFLICT (sku, channel) DO NOTHING
                """;
            var created = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            return created ? SyncStateWriteResult.Written("1") : SyncStateWriteResult.Conflict;
        }

        if (!long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
        {
            return SyncStateWriteResult.Conflict;
        }

        command.Parameters.AddWithValue("$etag", expected);
        command.CommandText = """
            UPDATE sync_state
            SET etag = etag + 1, version = $version, published_version = $published, state = $state
            WHERE sku = $sku AND channel = $channel AND etag = $etag
              AND version <= $version AND published_version <= $published
            RETURNING etag
            """;
        var written = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (written is long next)
        {
            return SyncStateWriteResult.Written(next.ToString(CultureInfo.InvariantCulture));
        }

        // Nothing was written: tell a moved ETag from a refused older version.
        command.CommandText = "SELECT etag FROM sync_state WHERE sku = $sku AND channel = $channel";
        var current = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return current is long now && now == expected ? SyncStateWriteResult.Stale : SyncStateWriteResult.Conflict;
    }

    private static StoredSyncState Read(SqliteDataReader reader)
    {
        var state = JsonSerializer.Deserialize<ChannelSyncState>(reader.GetString(1), InventoryJson.Options)
            ?? throw new InvalidDataException("A stored sync state is empty.");
        return new StoredSyncState(state, reader.GetInt64(0).ToString(CultureInfo.InvariantCulture));
    }
}

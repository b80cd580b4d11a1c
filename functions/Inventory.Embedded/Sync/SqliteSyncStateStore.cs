using System.Buffers.Text;
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
/// The change time (<see cref="ChannelSyncState.ChangedAt"/>, in UTC ticks) has its own indexed column for the
/// reconciliation's recent reads; rows written before that column existed have none until their next write, so only
/// the full pass (<see cref="ListPageAsync"/>) reaches them.
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
            changed_at INTEGER NULL,
            PRIMARY KEY (sku, channel)
        ) WITHOUT ROWID;
        """;

    private const string ChangedAtIndex =
        "CREATE INDEX IF NOT EXISTS ix_sync_state_changed_at ON sync_state (changed_at) WHERE changed_at IS NOT NULL;";


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

        // A database made before the change time existed lacks the column: add it in place.
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('sync_state') WHERE name = 'changed_at'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            command.CommandText = "ALTER TABLE sync_state ADD COLUMN changed_at INTEGER NULL";
            command.ExecuteNonQuery();
        }

        command.CommandText = ChangedAtIndex;
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
    public async Task<IReadOnlyList<StoredSyncState>> ListChangedSinceAsync(
        DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT etag, state FROM sync_state WHERE changed_at >= $since ORDER BY changed_at DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$since", since.UtcTicks);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SyncStatePage> ListPageAsync(
        string? continuation, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$limit", limit + 1);
        if (continuation is null)
        {
            command.CommandText = "SELECT etag, state FROM sync_state ORDER BY sku, channel LIMIT $limit";
        }
        else
        {
            var (sku, channel) = DecodeContinuation(continuation);
            command.CommandText = """
                SELECT etag, state FROM sync_state WHERE (sku, channel) > ($sku, $channel)
                ORDER BY sku, channel LIMIT $limit
                """;
            command.Parameters.AddWithValue("$sku", sku);
            command.Parameters.AddWithValue("$channel", channel);
        }

        var states = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        if (states.Count <= limit)
        {
            return new SyncStatePage(states, null);
        }

        var page = states.Take(limit).ToArray();
        return new SyncStatePage(page, EncodeContinuation(page[^1].State));
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
        command.Parameters.AddWithValue("$changed", state.ChangedAt is { } changed ? changed.UtcTicks : DBNull.Value);

        if (etag is null)
        {
            command.CommandText = """
                INSERT INTO sync_state (sku, channel, etag, version, published_version, state, changed_at)
                VALUES ($sku, $channel, 1, $version, $published, $state, $changed)
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
            SET etag = etag + 1, version = $version, published_version = $published, state = $state,
                changed_at = $changed
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

    private static async Task<IReadOnlyList<StoredSyncState>> ReadAllAsync(
        SqliteCommand command, CancellationToken cancellationToken)
    {
        var states = new List<StoredSyncState>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            states.Add(Read(reader));
        }

        return states;
    }

    // The continuation is the last key of the page, as a JSON pair in base64url: opaque to callers, checked on return.
    private static string EncodeContinuation(ChannelSyncState last) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new[] { last.Sku, last.Channel }));

    private static (string Sku, string Channel) DecodeContinuation(string continuation)
    {
        try
        {
            var key = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(continuation));
            if (key is [{ } sku, { } channel])
            {
                return (sku, channel);
            }
        }
        catch (Exception error) when (error is FormatException or JsonException)
        {
            throw new ArgumentException("The continuation is not one this store issued; start again without it.",
                nameof(continuation), error);
        }

        throw new ArgumentException("The continuation is not one this store issued; start again without it.",
            nameof(continuation));
    }

    private static StoredSyncState Read(SqliteDataReader reader)
    {
        var state = JsonSerializer.Deserialize<ChannelSyncState>(reader.GetString(1), InventoryJson.Options)
            ?? throw new InvalidDataException("A stored sync state is empty.");
        return new StoredSyncState(state, reader.GetInt64(0).ToString(CultureInfo.InvariantCulture));
    }
}

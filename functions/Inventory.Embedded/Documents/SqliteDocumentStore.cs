using System.Globalization;
using System.Text.Json;
using Inventory.Core.Documents;
using Inventory.Core.Serialization;
using Inventory.Embedded.Stock;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Documents;

/// <summary>The embedded document store: one SQLite table keyed by collection and id; the ETag is a version number.</summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS documents (
            collection TEXT NOT NULL,
            id TEXT NOT NULL,
            version INTEGER NOT NULL,
            written_seq INTEGER NOT NULL,
            body TEXT NOT NULL,
            written_at INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (collection, id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS documents_by_write ON documents (collection, written_seq);
        """;

    // Files made before documents could expire lack the column; their rows read as written at the epoch, so the
    // first purge of an expiring collection takes them.
    private const string AddWrittenAt =
        "ALTER TABLE documents ADD COLUMN written_at INTEGER NOT NULL DEFAULT 0";

    private const string WrittenAtIndex =
        "CREATE INDEX IF NOT EXISTS documents_by_age ON documents (collection, written_at)";

    /// <summary>
    /// The next write position in a collection, taken inside the writing statement: every store on the same file
    /// (the local host and its command line each open one) then orders writes the same way.
    /// </summary>
    private const string NextSeq = "(SELECT COALESCE(MAX(written_seq), 0) + 1 FROM documents WHERE collection = $c)";

    private readonly SqliteConnections _connections;
    private readonly TimeProvider _time;

    /// <summary>Opens the store in the embedded database file, creating or upgrading its table.</summary>
    /// <param name="options">Where the database file is.</param>
    /// <param name="time">The clock that stamps each write; the system clock when none is given.</param>
    public SqliteDocumentStore(IOptions<SqliteStoreOptions> options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnections(options.Value);
        _time = time ?? TimeProvider.System;
        using var connection = _connections.Open();
        Run(connection, Schema);
        if (!HasWrittenAt(connection))
        {
            Run(connection, AddWrittenAt);
        }

        Run(connection, WrittenAtIndex);
    }

    /// <inheritdoc />
    public Task<StoredDocument<T>?> GetAsync<T>(string collection, string id, CancellationToken cancellationToken = default)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, body FROM documents WHERE collection = $c AND id = $id";
        command.Parameters.AddWithValue("$c", collection);
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return Task.FromResult<StoredDocument<T>?>(null);
        }

        var value = Deserialize<T>(reader.GetString(1));
        return Task.FromResult<StoredDocument<T>?>(new(value, reader.GetInt64(0).ToString(CultureInfo.InvariantCulture)));
    }

    /// <inheritdoc />
    public Task<string?> TryCreateAsync<T>(
        string collection, string id, T value, CancellationToken cancellationToken = default)
    {
        var changed = Execute(
            "INSERT INTO documents (collection, id, version, written_seq, body, written_at) "
            + $"VALUES ($c, $id, 1, {NextSeq}, $body, $at) ON CONFLICT (collection, id) DO NOTHING",
            collection, id, value, expectedVersion: null);
        return Task.FromResult<string?>(changed ? "1" : null);
    }

    /// <inheritdoc />
    public Task<string?> TryReplaceAsync<T>(
        string collection, string id, T value, string etag, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return Task.FromResult<string?>(null);
        }

        var changed = Execute(
            $"UPDATE documents SET version = version + 1, written_seq = {NextSeq}, body = $body, written_at = $at "
            + "WHERE collection = $c AND id = $id AND version = $expected",
            collection, id, value, version);
        return Task.FromResult(changed ? (version + 1).ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <inheritdoc />
    public Task UpsertAsync<T>(string collection, string id, T value, CancellationToken cancellationToken = default)
    {
        Execute(
            "INSERT INTO documents (collection, id, version, written_seq, body, written_at) "
            + $"VALUES ($c, $id, 1, {NextSeq}, $body, $at) ON CONFLICT (collection, id) DO UPDATE SET "
            + "version = version + 1, written_seq = excluded.written_seq, body = excluded.body, "
            + "written_at = excluded.written_at",
            collection, id, value, expectedVersion: null);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<T>> ListAsync<T>(string collection, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT body FROM documents WHERE collection = $c ORDER BY written_seq DESC LIMIT $limit";
        command.Parameters.AddWithValue("$c", collection);
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 10_000));
        var items = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            items.Add(Deserialize<T>(reader.GetString(0)));
        }

        return Task.FromResult<IReadOnlyList<T>>(items);
    }

    /// <inheritdoc />
    public Task<int> DeleteWrittenBeforeAsync(
        string collection, DateTimeOffset cutoff, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "DELETE FROM documents WHERE collection = $c AND id IN (SELECT id FROM documents "
            + "WHERE collection = $c AND written_at < $cutoff LIMIT $limit)";
        command.Parameters.AddWithValue("$c", collection);
        command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 10_000));
        return Task.FromResult(command.ExecuteNonQuery());
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static bool HasWrittenAt(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('documents') WHERE name = 'written_at'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private bool Execute<T>(string sql, string collection, string id, T value, long? expectedVersion)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", collection);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(value, InventoryJson.Options));
        command.Parameters.AddWithValue("$at", _time.GetUtcNow().ToUnixTimeMilliseconds());
        if (expectedVersion is { } expected)
        {
            command.Parameters.AddWithValue("$expected", expected);
        }

        return command.ExecuteNonQuery() == 1;
    }

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, InventoryJson.Options)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} document is empty.");
}

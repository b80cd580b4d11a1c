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
            PRIMARY KEY (collection, id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS documents_by_write ON documents (collection, written_seq);
        """;

    /// <summary>
    /// The next write position in a collection, taken inside the writing statement: every store on the same file
    /// (the local host and its command line each open one) then orders writes the same way.
    /// </summary>
    private const string NextSeq = "(SELECT COALESCE(MAX(written_seq), 0) + 1 FROM documents WHERE collection = $c)";

    private readonly SqliteConnections _connections;

    /// <summary>Opens the store in the embedded database file, creating its table if missing.</summary>
    public SqliteDocumentStore(IOptions<SqliteStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnections(options.Value);
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
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
            "INSERT INTO documents (collection, id, version, written_seq, body) "
            + $"VALUES ($c, $id, 1, {NextSeq}, $body) ON CONFLICT (collection, id) DO NOTHING",
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
            $"UPDATE documents SET version = version + 1, written_seq = {NextSeq}, body = $body "
            + "WHERE collection = $c AND id = $id AND version = $expected",
            collection, id, value, version);
        return Task.FromResult(changed ? (version + 1).ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <inheritdoc />
    public Task UpsertAsync<T>(string collection, string id, T value, CancellationToken cancellationToken = default)
    {
        Execute(
            "INSERT INTO documents (collection, id, version, written_seq, body) "
            + $"VALUES ($c, $id, 1, {NextSeq}, $body) ON CONFLICT (collection, id) DO UPDATE SET "
            + "version = version + 1, written_seq = excluded.written_seq, body = excluded.body",
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

    private bool Execute<T>(string sql, string collection, string id, T value, long? expectedVersion)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", collection);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(value, InventoryJson.Options));
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

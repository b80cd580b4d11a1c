using Inventory.Embedded.Documents;
using Inventory.Embedded.Stock;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Tests.Documents;

/// <summary>A database file written before documents carried their write time opens and keeps its documents.</summary>
public sealed class SqliteDocumentStoreUpgradeTests : IDisposable
{
    private readonly SqliteStoreOptions _options = new()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N")),
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_options.DataDirectory))
        {
            Directory.Delete(_options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Constructor_TableWithoutWrittenAt_AddsColumnAndOldRowsPurgeAsOldest()
    {
        Directory.CreateDirectory(_options.DataDirectory);
        using (var connection = new SqliteConnection($"Data Source={_options.DatabasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE documents (collection TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,
                    written_seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (collection, id)) WITHOUT ROWID;
                INSERT INTO documents VALUES ('idempotency', 'old', 1, 1, '"old"');
                """;
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();

        var store = new SqliteDocumentStore(Options.Create(_options));
        var before = await store.GetAsync<string>("idempotency", "old");
        await store.TryCreateAsync("idempotency", "new", "new");
        var deleted = await store.DeleteWrittenBeforeAsync("idempotency", DateTimeOffset.UtcNow.AddDays(-1), 10);

        Assert.Equal("old", before!.Value);
        Assert.Equal(1, deleted);
        Assert.Null(await store.GetAsync<string>("idempotency", "old"));
        Assert.Equal("new", (await store.GetAsync<string>("idempotency", "new"))!.Value);
    }
}

using Inventory.Embedded.Documents;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Tests.Documents;

/// <summary>What the SQLite adapter promises beyond the shared contract.</summary>
public sealed class SqliteDocumentStoreTests : IDisposable
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task ListAsync_TwoStoresOnOneFileWritingInTurn_ReturnsNewestWrittenFirst()
    {
        // The local host and its command line open the same database file, each with a store of its own.
        var host = CreateStore();
        var cli = CreateStore();
        await host.TryCreateAsync("transfers", "a", "a");
        await host.TryCreateAsync("transfers", "b", "b");
        await cli.TryCreateAsync("transfers", "c", "c");
        await host.UpsertAsync("transfers", "d", "d");

        var listed = await cli.ListAsync<string>("transfers", 10);

        Assert.Equal(["d", "c", "b", "a"], listed);
    }

    [Fact]
    public async Task ListAsync_StoreReopened_KeepsOrderOfEarlierWrites()
    {
        var before = CreateStore();
        await before.TryCreateAsync("transfers", "a", "a");
        await before.TryCreateAsync("transfers", "b", "b");

        var after = CreateStore();
        await after.UpsertAsync("transfers", "a", "a2");

        Assert.Equal(["a2", "b"], await after.ListAsync<string>("transfers", 10));
    }

    private SqliteDocumentStore CreateStore() =>
        new(Options.Create(new SqliteStoreOptions { DataDirectory = _directory }));
}

using Inventory.Core.Catalog;
using Inventory.Embedded.Planning;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Tests.Planning;

public sealed class SqliteCatalogStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task PutAsync_ThenGetAsync_ReturnsTheItemExactly()
    {
        var store = CreateSut();
        var item = new CatalogItem("SKU-1", "Mug, \"large\"", 3.1415m, 12.99m, "SUP-01", 9.5, 2.25, 24, 12);

        await store.PutAsync([item]);

        Assert.Equal(item, await store.GetAsync("SKU-1"));
        Assert.Null(await store.GetAsync("SKU-2"));
    }

    [Fact]
    public async Task PutAsync_SameSku_ReplacesTheItem()
    {
        var store = CreateSut();
        await store.PutAsync([new CatalogItem("SKU-1", "Old", 1m, 2m, "SUP", 1, 0, 1, 1)]);

        await store.PutAsync([new CatalogItem("SKU-1", "New", 0m, 2m, "SUP", 1, 0, 1, 1)]);

        Assert.Equal("New", (await store.GetAsync("SKU-1"))!.Title);
    }

    [Fact]
    public async Task StreamAllAsync_ManyItems_StreamsEveryItemOrderedBySku()
    {
        var store = CreateSut();
        await store.PutAsync(Enumerable.Range(0, 500).Reverse()
            .Select(i => new CatalogItem($"SKU-{i:D4}", "T", 1m, 2m, "SUP", 3, 1, 1, 1)).ToArray());

        var skus = new List<string>();
        await foreach (var item in store.StreamAllAsync())
        {
            skus.Add(item.Sku);
        }

        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"SKU-{i:D4}"), skus);
    }

    private SqliteCatalogStore CreateSut() =>
        new(Options.Create(new SqliteStoreOptions { DataDirectory = _directory, FlushEveryCommit = false }));
}

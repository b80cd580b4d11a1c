using Inventory.Azure.Planning;
using Inventory.Azure.Tests.Emulators;
using Inventory.Core.Catalog;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Planning;

/// <summary>
/// Get and Put on the emulator. StreamAllAsync is a cross-partition query, which the emulator cannot run: it is
/// exercised only against a real Cosmos DB account.
/// </summary>
[Collection(CosmosEmulatorGroup.Name)]
public sealed class CosmosCatalogStoreTests(CosmosEmulatorFixture emulator)
{
    private static readonly CatalogItem Mug =
        new("SKU-1", "Mug", 2.123456789012345678m, 9.99m, "Acme", 7.5, 1.25, 12, 6);

    [Fact]
    public async Task GetAsync_SkuNotInCatalog_ReturnsNull()
    {
        var store = await CreateSutAsync();

        Assert.Null(await store.GetAsync("SKU-MISSING"));
    }

    [Fact]
    public async Task PutAsync_Item_GetReturnsItExactly()
    {
        var store = await CreateSutAsync();

        await store.PutAsync([Mug, Mug with { Sku = "SKU-2", Title = "Plate" }]);

        Assert.Equal(Mug, await store.GetAsync("SKU-1"));
        Assert.Equal("Plate", (await store.GetAsync("SKU-2"))?.Title);
    }

    [Fact]
    public async Task PutAsync_SameSkuAgain_ReplacesTheItem()
    {
        var store = await CreateSutAsync();
        await store.PutAsync([Mug]);

        await store.PutAsync([Mug with { LeadTimeDays = 14 }]);

        Assert.Equal(14, (await store.GetAsync("SKU-1"))?.LeadTimeDays);
    }

    private async Task<CosmosCatalogStore> CreateSutAsync()
    {
        var stock = await emulator.CreateDatabaseAsync();
        var planning = new CosmosPlanningOptions();
        await CosmosPlanningSetup.EnsureCreatedAsync(emulator.Client, stock.DatabaseName, planning);
        return new CosmosCatalogStore(emulator.Client, Options.Create(stock), Options.Create(planning));
    }
}

using System.Buffers.Text;
using System.Text;
using Inventory.Azure.Tests.Emulators;
using Inventory.Core.Stock;
using Microsoft.Extensions.Time.Testing;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Azure.Tests.Stock;

[Collection(CosmosEmulatorGroup.Name)]
public sealed class CosmosStockStoreReadTests(CosmosEmulatorFixture emulator)
{
    private const string Main = "WH-MAIN";

    private readonly FakeTimeProvider _time = new(Epoch);

    [Theory]
    [InlineData("ledger.v1:0638000000000000000|WH-MAIN")]
    [InlineData("other.v1:0638000000000000000|WH-MAIN|0000000000000000001")]
    [InlineData("ledger.v1:063800000000000000x|WH-MAIN|0000000000000000001")]
    public async Task GetLedgerAsync_TamperedContinuation_ThrowsArgumentException(string content)
    {
        var store = CosmosStores.Create(emulator.Client, await emulator.CreateDatabaseAsync(), _time);
        var token = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(content));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.GetLedgerAsync(NewSku(), 10, token));

        Assert.Equal("continuation", error.ParamName);
    }

    [Fact]
    public async Task GetLedgerAsync_SameInstantAtTwoLocations_PagesNewestVersionFirstWithoutRepeats()
    {
        var store = CosmosStores.Create(emulator.Client, await emulator.CreateDatabaseAsync(), _time);
        var sku = NewSku();
        for (var i = 0; i < 3; i++)
        {
            await store.ApplyAsync(Adjust(sku, "WH-A", 1));
            await store.ApplyAsync(Adjust(sku, "WH-B", 1));
        }

        var first = await store.GetLedgerAsync(sku, 4, null);
        var second = await store.GetLedgerAsync(sku, 4, first.Continuation);

        var read = first.Entries.Concat(second.Entries).Select(e => (e.Location, e.StockVersion)).ToList();
        Assert.Equal([("WH-B", 3), ("WH-B", 2), ("WH-B", 1), ("WH-A", 3), ("WH-A", 2), ("WH-A", 1)], read);
        Assert.Null(second.Continuation);
    }

    [Fact]
    public async Task ListOversellsAsync_IncidentsInTwoMonths_NewestFirstAcrossMonths()
    {
        var store = CosmosStores.Create(emulator.Client, await emulator.CreateDatabaseAsync(), _time);
        var sku = NewSku();
        var october = await store.ApplyAsync(Commit(sku, Main, 1));
        _time.Advance(TimeSpan.FromDays(31));
        var november = await store.ApplyAsync(Commit(sku, "WH-2", 2));

        var incidents = await store.ListOversellsAsync(new OversellQuery(Epoch.AddDays(-1)));

        Assert.Equal([november.Entry!.MovementId, october.Entry!.MovementId], incidents.Select(i => i.MovementId));
    }

    [Fact]
    public async Task ListOversellsAsync_MoreThanLimit_ReturnsTheNewestUpToLimit()
    {
        var store = CosmosStores.Create(emulator.Client, await emulator.CreateDatabaseAsync(), _time);
        var sku = NewSku();
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            ids.Add((await store.ApplyAsync(Commit(sku, Main, 1))).Entry!.MovementId);
        }

        var incidents = await store.ListOversellsAsync(new OversellQuery(Epoch, sku, Limit: 2));

        Assert.Equal([ids[3], ids[2]], incidents.Select(i => i.MovementId));
    }
}

using System.Net;
using Inventory.Azure.Tests.Emulators;
using Inventory.Core.Stock;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Time.Testing;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Azure.Tests.Stock;

[Collection(CosmosEmulatorGroup.Name)]
public sealed class CosmosStockStoreRedeliveryTests(CosmosEmulatorFixture emulator)
{
    private const string Main = "WH-MAIN";

    private readonly FakeTimeProvider _time = new(Epoch);

    [Fact]
    public async Task ApplyAsync_LedgerWriteLostAfterStockWrite_RedeliveryRestoresEntryAndAppliesOnce()
    {
        var options = await emulator.CreateDatabaseAsync();
        var failed = 0;
        using var crash = new FaultInjectionHandler(request =>
            FaultInjectionHandler.IsCreate(request, options.LedgerContainerName)
            && Interlocked.Exchange(ref failed, 1) == 0
                ? HttpStatusCode.InternalServerError
                : null);
        using var crashingClient = emulator.CreateClient(crash);
        var sku = NewSku();
        var movement = Adjust(sku, Main, 5);

        await Assert.ThrowsAsync<CosmosException>(
            () => CosmosStores.Create(crashingClient, options, _time).ApplyAsync(movement));
        var store = CosmosStores.Create(emulator.Client, options, _time);
        var again = await store.ApplyAsync(movement);

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        var entry = Assert.Single((await store.GetLedgerAsync(sku, 10, null)).Entries);
        Assert.Equal(movement.Id, entry.MovementId);
        var position = await store.GetPositionAsync(new StockKey(sku, Main));
        Assert.Equal(5, position!.Quantities.OnHand);
        Assert.Equal(1, position.Version);
    }

    [Fact]
    public async Task ApplyAsync_RedeliveryBeyondIdWindow_IsStillDuplicate()
    {
        var options = await emulator.CreateDatabaseAsync(o => (o.AppliedIdWindow, o.RecentEntriesWindow) = (3, 2));
        var store = CosmosStores.Create(emulator.Client, options, _time);
        var sku = NewSku();
        var early = Adjust(sku, Main, 4);
        await store.ApplyAsync(early);
        for (var i = 0; i < 5; i++)
        {
            await store.ApplyAsync(Adjust(sku, Main, 1));
        }

        var late = await store.ApplyAsync(early);

        Assert.Equal(ApplyStatus.Duplicate, late.Status);
        Assert.Equal(1, late.Version);
        var position = await store.GetPositionAsync(new StockKey(sku, Main));
        Assert.Equal(9, position!.Quantities.OnHand);
        Assert.Equal(6, position.Version);
    }

    [Fact]
    public async Task ApplyAsync_IdStillInWindowButEntryNotOnDocument_AnswersFromLedger()
    {
        var options = await emulator.CreateDatabaseAsync(o => (o.AppliedIdWindow, o.RecentEntriesWindow) = (10, 1));
        var store = CosmosStores.Create(emulator.Client, options, _time);
        var sku = NewSku();
        var first = Adjust(sku, Main, 4);
        var applied = await store.ApplyAsync(first);
        await store.ApplyAsync(Adjust(sku, Main, 1));

        var again = await store.ApplyAsync(first);

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Equal(applied.Entry, again.Entry);
    }

    [Fact]
    public async Task ApplyAsync_OversellRedelivered_IncidentListedOnce()
    {
        var options = await emulator.CreateDatabaseAsync();
        var store = CosmosStores.Create(emulator.Client, options, _time);
        var sku = NewSku();
        var commit = Commit(sku, Main, 3, channel: "ebay");

        var first = await store.ApplyAsync(commit);
        var again = await store.ApplyAsync(commit);

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Equal(first.Oversell, again.Oversell);
        var incident = Assert.Single(await store.ListOversellsAsync(new OversellQuery(Epoch, sku)));
        Assert.Equal(3, incident.Shortfall);
    }
}

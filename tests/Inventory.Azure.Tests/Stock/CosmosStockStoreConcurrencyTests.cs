using System.Net;
using Inventory.Azure.Tests.Emulators;
using Inventory.Core.Stock;
using Microsoft.Azure.Cosmos;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Azure.Tests.Stock;

[Collection(CosmosEmulatorGroup.Name)]
public sealed class CosmosStockStoreConcurrencyTests(CosmosEmulatorFixture emulator)
{
    private const string Main = "WH-MAIN";

    [Fact]
    public async Task ApplyAsync_32WritersInFourProcesses_GiveExactlyTheSerialResult()
    {
        const int Processes = 4;
        const int WritersEach = 8;
        var options = await emulator.CreateDatabaseAsync();
        var clients = Enumerable.Range(0, Processes).Select(_ => emulator.CreateClient()).ToList();
        var stores = clients.Select(c => CosmosStores.Create(c, options, TimeProvider.System)).ToList();
        var sku = NewSku();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        try
        {
            // Separate store instances share no in-process gate: they meet only at the ETag compare-and-swap.
            // An awaited start signal, not a blocking barrier: 32 blocked pool threads would starve 2 cores.
            var writers = Enumerable.Range(0, Processes * WritersEach).Select(async w =>
            {
                await start.Task;
                return await stores[w % Processes].ApplyAsync(Adjust(sku, Main, 1, $"{sku}-w{w}"));
            }).ToList();
            start.SetResult();
            var outcomes = await Task.WhenAll(writers);

            Assert.All(outcomes, o => Assert.Equal(ApplyStatus.Applied, o.Status));
            Assert.Equal(Enumerable.Range(1, 32).Select(v => (long)v), outcomes.Select(o => o.Version).Order());
            var position = await stores[0].GetPositionAsync(new StockKey(sku, Main));
            Assert.Equal(32, position!.Quantities.OnHand);
            Assert.Equal(32, position.Version);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task ApplyAsync_ReplaceLosesTwice_RetriesAndApplies()
    {
        var options = await emulator.CreateDatabaseAsync();
        var lost = 0;
        using var race = new FaultInjectionHandler(request =>
            FaultInjectionHandler.IsReplace(request, options.StockContainerName)
            && Interlocked.Increment(ref lost) <= 2
                ? HttpStatusCode.PreconditionFailed
                : null);
        using var client = emulator.CreateClient(race);
        var store = CosmosStores.Create(client, options, TimeProvider.System);
        var sku = NewSku();
        await store.ApplyAsync(Adjust(sku, Main, 2));

        var outcome = await store.ApplyAsync(Adjust(sku, Main, 3));

        Assert.Equal(ApplyStatus.Applied, outcome.Status);
        Assert.Equal(2, race.Injected);
        Assert.Equal(5, (await store.GetPositionAsync(new StockKey(sku, Main)))!.Quantities.OnHand);
    }

    [Fact]
    public async Task ApplyAsync_ReplaceAlwaysLoses_ThrowsStockConcurrencyExceptionNamingPosition()
    {
        var options = await emulator.CreateDatabaseAsync(o => o.MaxConflictRetries = 2);
        using var race = new FaultInjectionHandler(request =>
            FaultInjectionHandler.IsReplace(request, options.StockContainerName)
                ? HttpStatusCode.PreconditionFailed
                : null);
        using var client = emulator.CreateClient(race);
        var store = CosmosStores.Create(client, options, TimeProvider.System);
        var sku = NewSku();
        await store.ApplyAsync(Adjust(sku, Main, 2));

        var error = await Assert.ThrowsAsync<StockConcurrencyException>(() => store.ApplyAsync(Adjust(sku, Main, 3)));

        Assert.Contains(sku, error.Message, StringComparison.Ordinal);
        Assert.Contains(Main, error.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await store.GetPositionAsync(new StockKey(sku, Main)))!.Quantities.OnHand);
    }
}

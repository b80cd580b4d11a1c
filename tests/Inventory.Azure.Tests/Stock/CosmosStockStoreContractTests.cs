using Inventory.Azure.Tests.Emulators;
using Inventory.Core.Stock;
using Inventory.Testing.Stock;

namespace Inventory.Azure.Tests.Stock;

/// <summary>The shared stock store contract, run against the Cosmos DB adapter on the npm emulator.</summary>
[Collection(CosmosEmulatorGroup.Name)]
public sealed class CosmosStockStoreContractTests(CosmosEmulatorFixture emulator) : StockStoreContract, IAsyncLifetime
{
    private string? _database;
    private IStockStore? _store;

    /// <summary>Each sequence costs a few dozen emulator round trips; fewer keep the suite within its budget.</summary>
    protected override int PropertyIterations => 15;

    public async Task InitializeAsync()
    {
        var options = await emulator.CreateDatabaseAsync();
        _database = options.DatabaseName;
        _store = CosmosStores.Create(emulator.Client, options, new FakeClockWithRealTimers(Time));
    }

    public Task DisposeAsync()
    {
        // Databases are left to die with the emulator: it reuses the ids of deleted collections, and the shared
        // client's partition-range cache then answers a new container's queries from the old one's (404, stale cache).
        return Task.CompletedTask;
    }

    protected override Task<IStockStore> GetStoreAsync() => Task.FromResult(_store!);
}

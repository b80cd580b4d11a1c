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

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await emulator.Client.GetDatabase(_database).DeleteAsync();
        }
    }

    protected override Task<IStockStore> GetStoreAsync() => Task.FromResult(_store!);
}

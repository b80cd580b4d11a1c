using Inventory.Core.Stock;
using Inventory.Testing.Stock;

namespace Inventory.Azure.Tests.Messaging;

/// <summary>The handler tests lean on the in-memory fake; this holds it to the contract the real stores keep.</summary>
public sealed class InMemoryStockStoreContractTests : StockStoreContract
{
    private readonly InMemoryStockStore _store;

    public InMemoryStockStoreContractTests()
    {
        _store = new InMemoryStockStore(Time);
    }

    protected override Task<IStockStore> GetStoreAsync() => Task.FromResult<IStockStore>(_store);
}

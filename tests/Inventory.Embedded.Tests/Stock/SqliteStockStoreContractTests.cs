using Inventory.Core.Stock;
using Inventory.Embedded.Stock;
using Inventory.Testing.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Tests.Stock;

public sealed class SqliteStockStoreContractTests : StockStoreContract, IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));
    private SqliteStockStore? _store;

    protected override int PropertyIterations => 150;

    public Task InitializeAsync()
    {
        _store = new SqliteStockStore(
            Options.Create(new SqliteStoreOptions { DataDirectory = _directory }),
            Time,
            NullLogger<SqliteStockStore>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    protected override Task<IStockStore> GetStoreAsync() => Task.FromResult<IStockStore>(_store!);
}

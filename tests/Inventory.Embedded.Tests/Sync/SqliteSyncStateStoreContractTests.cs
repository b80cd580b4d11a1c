using Inventory.Core.Sync;
using Inventory.Embedded.Stock;
using Inventory.Embedded.Sync;
using Inventory.Testing.Sync;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Tests.Sync;

/// <summary>The shared sync state contract, run against the SQLite adapter in a temporary folder.</summary>
public sealed class SqliteSyncStateStoreContractTests : SyncStateStoreContract, IDisposable
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));

    private readonly SqliteSyncStateStore _store;

    public SqliteSyncStateStoreContractTests()
    {
        _store = new SqliteSyncStateStore(Options.Create(new SqliteStoreOptions { DataDirectory = _directory }));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    protected override Task<ISyncStateStore> GetStoreAsync() => Task.FromResult<ISyncStateStore>(_store);
}

using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Embedded.Tests.Stock;

/// <summary>
/// A SQLite stock store in a directory of its own, on a fake clock at <c>Epoch</c>, created before each test and
/// deleted after it, for the test classes that drive the store directly.
/// </summary>
public abstract class TemporaryStockStore : IAsyncLifetime
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The store under test.</summary>
    protected SqliteStockStore Store { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Store = new SqliteStockStore(
            Options.Create(new SqliteStoreOptions { DataDirectory = _directory }),
            new FakeTimeProvider(Epoch),
            NullLogger<SqliteStockStore>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}

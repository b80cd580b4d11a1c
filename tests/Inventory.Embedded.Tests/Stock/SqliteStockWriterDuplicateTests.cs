using Inventory.Core.Stock;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Embedded.Tests.Stock;

// The writer decides a movement before it looks its id up in the ledger; a redelivery must still be answered as one
// whatever the stock now says about it.
public sealed class SqliteStockWriterDuplicateTests : IAsyncLifetime
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));
    private SqliteStockStore _store = null!;

    public Task InitializeAsync()
    {
        _store = new SqliteStockStore(
            Options.Create(new SqliteStoreOptions { DataDirectory = _directory }),
            new FakeTimeProvider(Epoch),
            NullLogger<SqliteStockStore>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task ApplyAsync_RedeliveryTheStockWouldNowRefuse_IsDuplicateAndChangesNothing()
    {
        await _store.ApplyAsync(Adjust("SKU-A", "WH", 2, "fill"));
        await _store.ApplyAsync(Commit("SKU-A", "WH", 2, "c-1"));
        var ship = Ship("SKU-A", "WH", 2, "s-1");
        await _store.ApplyAsync(ship);

        var again = await _store.ApplyAsync(ship);

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Equal(3, again.Version);
        Assert.Equal(3, (await _store.GetPositionAsync(new("SKU-A", "WH")))!.Version);
    }

    [Fact]
    public async Task ApplyAsync_RedeliveryWhoseDecisionWouldNowFail_IsDuplicate()
    {
        for (var i = 0; i < 21; i++)
        {
            await _store.ApplyAsync(Adjust("SKU-A", "WH", MovementValidator.MaxQuantity, $"fill-{i}"));
        }

        // On hand is at its limit now: deciding "fill-0" again would overflow, but it was applied before.
        var again = await _store.ApplyAsync(Adjust("SKU-A", "WH", MovementValidator.MaxQuantity, "fill-0"));

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Equal(1, again.Version);
    }

    [Fact]
    public async Task ApplyAsync_RedeliveryTheStockWouldAccept_IsDuplicateWithoutSecondEntry()
    {
        var adjust = Adjust("SKU-A", "WH", 3, "a-1");
        await _store.ApplyAsync(adjust);

        var again = await _store.ApplyAsync(adjust);

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Single((await _store.GetLedgerAsync("SKU-A", 10, null)).Entries);
        Assert.Equal(3, (await _store.GetPositionAsync(new("SKU-A", "WH")))!.Quantities.OnHand);
    }

    [Fact]
    public async Task ApplyAsync_ReusedIdTheStockWouldRefuse_IsRejectedAsIdReused()
    {
        await _store.ApplyAsync(Adjust("SKU-A", "WH", 1, "x-1"));

        var outcome = await _store.ApplyAsync(Ship("SKU-A", "WH", 5, "x-1"));

        Assert.Equal(ApplyStatus.Rejected, outcome.Status);
        Assert.Equal(RejectionCode.IdReused, outcome.Rejection!.Code);
    }

    [Fact]
    public async Task ApplyAsync_RedeliveredOversell_IsDuplicateWithItsIncident()
    {
        var commit = Commit("SKU-A", "WH", 2, "o-1", channel: "shopify");
        await _store.ApplyAsync(commit);

        var again = await _store.ApplyAsync(commit);

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Equal(2, again.Oversell!.Shortfall);
        Assert.Single(await _store.ListOversellsAsync(new OversellQuery(Epoch.AddDays(-1))));
    }
}

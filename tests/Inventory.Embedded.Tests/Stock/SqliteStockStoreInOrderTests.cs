using Inventory.Core.Stock;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Embedded.Tests.Stock;

public sealed class SqliteStockStoreInOrderTests : IAsyncLifetime
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
    public async Task ApplyInOrderAsync_MovementsOfOneSku_AppliedInTheOrderGiven()
    {
        var attempts = await _store.ApplyInOrderAsync(
            [Adjust("SKU-A", "WH", 3, "a-1"), Commit("SKU-A", "WH", 2, "a-2"), Ship("SKU-A", "WH", 2, "a-3")]);

        Assert.Equal([1L, 2L, 3L], attempts.Select(a => a.Outcome!.Version));
        var position = await _store.GetPositionAsync(new("SKU-A", "WH"));
        Assert.Equal(new StockQuantities(1, 0, 0, 0, 0), position!.Quantities);
    }

    [Fact]
    public async Task ApplyInOrderAsync_SameMovementTwice_SecondIsDuplicate()
    {
        var movement = Adjust("SKU-A", "WH", 3, "a-1");

        var attempts = await _store.ApplyInOrderAsync([movement, movement]);

        Assert.Equal([ApplyStatus.Applied, ApplyStatus.Duplicate], attempts.Select(a => a.Outcome!.Status));
        Assert.Equal(1, (await _store.GetPositionAsync(new("SKU-A", "WH")))!.Version);
    }

    [Fact]
    public async Task ApplyInOrderAsync_FailedMovement_HoldsBackLaterMovementsOfItsSkuOnly()
    {
        // 21 x 100,000,000 units on hand: one more such adjustment overflows the quantity, which fails its decision.
        for (var i = 0; i < 21; i++)
        {
            await _store.ApplyAsync(Adjust("SKU-A", "WH", MovementValidator.MaxQuantity, $"fill-{i}"));
        }

        var attempts = await _store.ApplyInOrderAsync(
        [
            Adjust("SKU-A", "WH", MovementValidator.MaxQuantity, "a-overflow"),
            Adjust("SKU-A", "WH", 1, "a-later"),
            Adjust("SKU-B", "WH", 1, "b-1"),
        ]);

        Assert.IsType<OverflowException>(attempts[0].Error);
        Assert.Same(ApplyAttempt.NotAttempted, attempts[1]);
        Assert.Equal(ApplyStatus.Applied, attempts[2].Outcome!.Status);
        Assert.Equal(21, (await _store.GetPositionAsync(new("SKU-A", "WH")))!.Version);
        Assert.Equal(1, (await _store.GetPositionAsync(new("SKU-B", "WH")))!.Version);
    }

    [Fact]
    public async Task ApplyInOrderAsync_CancelledBeforeTheWriterTakesIt_Cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _store.ApplyInOrderAsync([Adjust("SKU-A", "WH", 1)], cancelled.Token));
        Assert.Null(await _store.GetPositionAsync(new("SKU-A", "WH")));
    }
}

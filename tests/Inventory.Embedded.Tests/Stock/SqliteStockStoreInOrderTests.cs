using Inventory.Core.Stock;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Embedded.Tests.Stock;

public sealed class SqliteStockStoreInOrderTests : TemporaryStockStore
{
    [Fact]
    public async Task ApplyInOrderAsync_MovementsOfOneSku_AppliedInTheOrderGiven()
    {
        var attempts = await Store.ApplyInOrderAsync(
            [Adjust("SKU-A", "WH", 3, "a-1"), Commit("SKU-A", "WH", 2, "a-2"), Ship("SKU-A", "WH", 2, "a-3")]);

        Assert.Equal([1L, 2L, 3L], attempts.Select(a => a.Outcome!.Version));
        var position = await Store.GetPositionAsync(new("SKU-A", "WH"));
        Assert.Equal(new StockQuantities(1, 0, 0, 0, 0), position!.Quantities);
    }

    [Fact]
    public async Task ApplyInOrderAsync_SameMovementTwice_SecondIsDuplicate()
    {
        var movement = Adjust("SKU-A", "WH", 3, "a-1");

        var attempts = await Store.ApplyInOrderAsync([movement, movement]);

        Assert.Equal([ApplyStatus.Applied, ApplyStatus.Duplicate], attempts.Select(a => a.Outcome!.Status));
        Assert.Equal(1, (await Store.GetPositionAsync(new("SKU-A", "WH")))!.Version);
    }

    [Fact]
    public async Task ApplyInOrderAsync_FailedMovement_HoldsBackLaterMovementsOfItsSkuOnly()
    {
        // 21 x 100,000,000 units on hand: one more such adjustment overflows the quantity, which fails its decision.
        for (var i = 0; i < 21; i++)
        {
            await Store.ApplyAsync(Adjust("SKU-A", "WH", MovementValidator.MaxQuantity, $"fill-{i}"));
        }

        var attempts = await Store.ApplyInOrderAsync(
        [
            Adjust("SKU-A", "WH", MovementValidator.MaxQuantity, "a-overflow"),
            Adjust("SKU-A", "WH", 1, "a-later"),
            Adjust("SKU-B", "WH", 1, "b-1"),
        ]);

        Assert.IsType<OverflowException>(attempts[0].Error);
        Assert.Same(ApplyAttempt.NotAttempted, attempts[1]);
        Assert.Equal(ApplyStatus.Applied, attempts[2].Outcome!.Status);
        Assert.Equal(21, (await Store.GetPositionAsync(new("SKU-A", "WH")))!.Version);
        Assert.Equal(1, (await Store.GetPositionAsync(new("SKU-B", "WH")))!.Version);
    }

    [Fact]
    public async Task ApplyInOrderAsync_CancelledBeforeTheWriterTakesIt_Cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Store.ApplyInOrderAsync([Adjust("SKU-A", "WH", 1)], cancelled.Token));
        Assert.Null(await Store.GetPositionAsync(new("SKU-A", "WH")));
    }
}

using Inventory.Core.Stock;
using Inventory.Testing.Stock;
using Microsoft.Extensions.Time.Testing;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Core.Tests.Stock;

public sealed class StockStoreApplyInOrderTests
{
    [Fact]
    public async Task ApplyInOrderAsync_FailedMovement_HoldsBackLaterMovementsOfItsSkuOnly()
    {
        var inner = new InMemoryStockStore(new FakeTimeProvider(Epoch));
        IStockStore store = new FailingStore(inner, failingId: "a-1");

        var attempts = await store.ApplyInOrderAsync(
            [Adjust("SKU-A", "WH", 1, "a-1"), Adjust("SKU-A", "WH", 1, "a-2"), Adjust("SKU-B", "WH", 1, "b-1")]);

        Assert.IsType<InvalidOperationException>(attempts[0].Error);
        Assert.Same(ApplyAttempt.NotAttempted, attempts[1]);
        Assert.Equal(ApplyStatus.Applied, attempts[2].Outcome!.Status);
        Assert.Null(await inner.GetPositionAsync(new("SKU-A", "WH")));
    }
}

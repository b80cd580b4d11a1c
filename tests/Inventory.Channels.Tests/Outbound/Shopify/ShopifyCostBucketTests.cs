using Inventory.Channels.Shopify;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Outbound.Shopify;

public sealed class ShopifyCostBucketTests
{
    [Fact]
    public async Task AcquireAsync_SeveralWaiting_ServedInTheOrderTheyCame()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var sut = new ShopifyCostBucket(time, size: 10, restoreRate: 10);
        await sut.AcquireAsync(10, default);
        var served = new List<int>();

        var waiting = Enumerable.Range(0, 4).Select(async i =>
        {
            await sut.AcquireAsync(10, default);
            lock (served)
            {
                served.Add(i);
            }
        }).ToList();
        for (var step = 0; step < 4; step++)
        {
            await Task.Delay(20);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([0, 1, 2, 3], served);
    }

    [Fact]
    public async Task Refund_ReservationNotSent_MakesItsPointsAvailableAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var sut = new ShopifyCostBucket(time, size: 100, restoreRate: 10);
        var lease = await sut.ReserveAsync(30, default);

        lease.Dispose();

        Assert.Equal(TimeSpan.Zero, sut.TimeUntil(100));
    }

    [Fact]
    public async Task Observe_WhileAReservationIsUnsent_CountsItAsStillToBeCharged()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var sut = new ShopifyCostBucket(time, size: 100, restoreRate: 10);
        var lease = await sut.ReserveAsync(30, default);

        // Another call's answer: Shopify has 50 left and knows nothing of the 30 reserved here.
        sut.Observe(currentlyAvailable: 50, restoreRate: 10, maximumAvailable: 100);
        lease.Dispose();

        Assert.Equal(TimeSpan.Zero, sut.TimeUntil(50));
        Assert.Equal(TimeSpan.FromSeconds(0.1), sut.TimeUntil(51));
    }

    [Fact]
    public async Task TrySpend_ReservationSent_KeepsItsPointsCharged()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var sut = new ShopifyCostBucket(time, size: 100, restoreRate: 10);
        using var lease = await sut.ReserveAsync(30, default);

        lease.TrySpend();
        lease.Dispose();

        Assert.Equal(TimeSpan.Zero, sut.TimeUntil(70));
        Assert.Equal(TimeSpan.FromSeconds(0.1), sut.TimeUntil(71));
    }
}

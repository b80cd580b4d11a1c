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
}

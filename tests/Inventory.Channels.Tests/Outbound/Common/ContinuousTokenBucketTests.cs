using Inventory.Channels.Common;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Outbound.Common;

public sealed class ContinuousTokenBucketTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task AcquireAsync_BurstSpent_WaitsForOneRequestsShareOfASecond()
    {
        using var bucket = new ContinuousTokenBucket(_time, requestsPerSecond: 5, burst: 2, queueLimit: 10);
        Assert.True((await bucket.AcquireAsync()).IsAcquired);
        Assert.True((await bucket.AcquireAsync()).IsAcquired);

        var third = bucket.AcquireAsync().AsTask();
        await Task.Delay(50);
        Assert.False(third.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(201));

        using var lease = await third.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public void AttemptAcquire_BucketEmpty_FailsWithRetryAfter()
    {
        using var bucket = new ContinuousTokenBucket(_time, requestsPerSecond: 4, burst: 1, queueLimit: 0);
        using var first = bucket.AttemptAcquire();

        using var second = bucket.AttemptAcquire();

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired);
        Assert.True(second.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var wait));
        Assert.InRange(wait, TimeSpan.FromMilliseconds(240), TimeSpan.FromMilliseconds(260));
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_FailsAtOnce()
    {
        using var bucket = new ContinuousTokenBucket(_time, requestsPerSecond: 1, burst: 1, queueLimit: 1);
        using var first = await bucket.AcquireAsync();
        var queued = bucket.AcquireAsync().AsTask();

        using var refused = await bucket.AcquireAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(refused.IsAcquired);
        Assert.False(queued.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1.1));
        using var served = await queued.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(served.IsAcquired);
    }

    [Fact]
    public async Task Refund_TokenTakenButNotSpent_IsAvailableAgain()
    {
        using var bucket = new ContinuousTokenBucket(_time, requestsPerSecond: 5, burst: 1, queueLimit: 10);
        using var taken = await bucket.AcquireAsync();

        bucket.Refund(1);
        using var next = bucket.AttemptAcquire();

        Assert.True(next.IsAcquired);
    }

    [Fact]
    public void Refund_BucketFull_StaysAtItsSize()
    {
        using var bucket = new ContinuousTokenBucket(_time, requestsPerSecond: 5, burst: 2, queueLimit: 10);

        bucket.Refund(1);

        Assert.Equal(2, bucket.GetStatistics()!.CurrentAvailablePermits);
    }
}

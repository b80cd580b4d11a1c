using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace Inventory.Channels.Tests.Outbound.Common;

public sealed class OutboundLeasesTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task AcquireForAttemptAsync_RequestCarriesALeaseOfTheBucket_SpendsItWithoutASecondToken()
    {
        using var bucket = Bucket(burst: 2);
        using var lease = await OutboundLeases.AcquireAsync(bucket, default);
        using var request = RequestCarrying(lease);

        using var attempt = await AcquireForAttemptAsync(request, bucket);

        Assert.True(attempt.IsAcquired);
        Assert.False(lease.IsHeld);
        Assert.Equal(1, bucket.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task AcquireForAttemptAsync_RetryOfARequestSentOnALease_TakesATokenOfItsOwn()
    {
        using var bucket = Bucket(burst: 2);
        using var lease = await OutboundLeases.AcquireAsync(bucket, default);
        using var request = RequestCarrying(lease);
        using var first = await AcquireForAttemptAsync(request, bucket);

        using var retry = await AcquireForAttemptAsync(request, bucket);

        Assert.True(retry.IsAcquired);
        Assert.Equal(0, bucket.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task AcquireForAttemptAsync_LeaseHeldLongerThanATokenInterval_GivesItBackAndTakesAFreshToken()
    {
        using var bucket = Bucket(burst: 2);
        using var lease = await OutboundLeases.AcquireAsync(bucket, default);
        using var request = RequestCarrying(lease);
        _time.Advance(TimeSpan.FromMilliseconds(300));

        using var attempt = await AcquireForAttemptAsync(request, bucket);

        // Refilled to its size of 2 while the lease waited; the stale lease's token does not add a third.
        Assert.True(attempt.IsAcquired);
        Assert.False(lease.IsHeld);
        Assert.Equal(1, bucket.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task AcquireForAttemptAsync_LeaseOfAnotherBucket_TakesATokenOfThisOne()
    {
        using var bucket = Bucket(burst: 2);
        using var other = Bucket(burst: 2);
        using var lease = await OutboundLeases.AcquireAsync(other, default);
        using var request = RequestCarrying(lease);

        using var attempt = await AcquireForAttemptAsync(request, bucket);

        Assert.True(lease.IsHeld);
        Assert.Equal(1, bucket.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task Dispose_LeaseNotSpent_PutsTheTokenBack()
    {
        using var bucket = Bucket(burst: 1);
        var lease = await OutboundLeases.AcquireAsync(bucket, default);

        lease.Dispose();

        Assert.Equal(1, bucket.GetStatistics()!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_ReturnsNone()
    {
        using var bucket = new ContinuousTokenBucket(_time, requestsPerSecond: 1, burst: 1, queueLimit: 0);
        using var first = await OutboundLeases.AcquireAsync(bucket, default);

        var second = await OutboundLeases.AcquireAsync(bucket, default);

        Assert.Same(ChannelPushLease.None, second);
    }

    /// <summary>A push request with <paramref name="lease"/> attached, as the clients send it.</summary>
    private static HttpRequestMessage RequestCarrying(ChannelPushLease lease)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, "items/SKU-1");
        OutboundLeases.Attach(request, lease);
        return request;
    }

    private ContinuousTokenBucket Bucket(int burst) =>
        new(_time, requestsPerSecond: 5, burst: burst, queueLimit: 10);

    private static async Task<System.Threading.RateLimiting.RateLimitLease> AcquireForAttemptAsync(
        HttpRequestMessage request, ContinuousTokenBucket bucket)
    {
        var context = ResilienceContextPool.Shared.Get();
        try
        {
            context.SetRequestMessage(request);
            return await OutboundLeases.AcquireForAttemptAsync(context, bucket);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}

using Inventory.Channels.Common;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Outbound.Common;

public sealed class AccessTokenCacheTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private int _fetches;

    [Fact]
    public async Task GetAsync_ConcurrentCallers_FetchOnce()
    {
        using var cache = new AccessTokenCache(_time, TimeSpan.FromMinutes(1));

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => cache.GetAsync(SlowFetchAsync, default)
            .AsTask()));

        Assert.All(tokens, token => Assert.Equal("token-1", token));
        Assert.Equal(1, _fetches);
    }

    [Fact]
    public async Task GetAsync_WithinRefreshMargin_FetchesAgain()
    {
        using var cache = new AccessTokenCache(_time, TimeSpan.FromMinutes(1));
        await cache.GetAsync(SlowFetchAsync, default);

        _time.Advance(TimeSpan.FromMinutes(59.5));
        var token = await cache.GetAsync(SlowFetchAsync, default);

        Assert.Equal("token-2", token);
    }

    [Fact]
    public async Task GetAsync_AfterInvalidate_FetchesAgain()
    {
        using var cache = new AccessTokenCache(_time, TimeSpan.FromMinutes(1));
        var first = await cache.GetAsync(SlowFetchAsync, default);

        cache.Invalidate(first);
        var second = await cache.GetAsync(SlowFetchAsync, default);

        Assert.Equal("token-2", second);
    }

    private async Task<AccessToken> SlowFetchAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        var number = Interlocked.Increment(ref _fetches);
        return new AccessToken($"token-{number}", _time.GetUtcNow() + TimeSpan.FromHours(1));
    }
}

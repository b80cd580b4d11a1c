using Inventory.Core.Sync;
using Xunit;

namespace Inventory.Testing.Sync;

/// <summary>
/// The promises every <see cref="ISyncStateStore"/> keeps. Each adapter's test project derives from this class once;
/// every test uses SKUs of its own, so one store may serve the whole class.
/// </summary>
public abstract class SyncStateStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 30, 15, 123, TimeSpan.Zero);

    public static TheoryData<string> TrickySkus =>
    [
        "a/b",
        "a\\b",
        "a#b?c",
        "caf\u00e9 \u65e5\u672c",
        "~YS9i",
        "%2F",
        "tab\there",
    ];

    protected abstract Task<ISyncStateStore> GetStoreAsync();

    [Fact]
    public async Task GetAsync_NeverWritten_ReturnsNull()
    {
        var store = await GetStoreAsync();

        var stored = await store.GetAsync("shopify", NewSku());

        Assert.Null(stored);
    }

    [Fact]
    public async Task WriteAsync_NewRecord_GetReturnsSameStateAndETag()
    {
        var store = await GetStoreAsync();
        var state = Full("shopify", NewSku());

        var write = await store.WriteAsync(state, etag: null);
        var stored = await store.GetAsync("shopify", state.Sku);

        Assert.Equal(SyncStateWriteStatus.Written, write.Status);
        Assert.False(string.IsNullOrEmpty(write.ETag));
        Assert.NotNull(stored);
        Assert.Equal(write.ETag, stored.ETag);
        Assert.Equal(state, stored.State);
    }

    [Fact]
    public async Task WriteAsync_NeverPublishedState_RoundTripsNulls()
    {
        var store = await GetStoreAsync();
        var state = ChannelSyncState.New("ebay", NewSku());

        await store.WriteAsync(state, etag: null);
        var stored = await store.GetAsync("ebay", state.Sku);

        Assert.Equal(state, stored?.State);
    }

    [Fact]
    public async Task WriteAsync_CreateWhenRecordExists_ReturnsConflict()
    {
        var store = await GetStoreAsync();
        var state = Published("amazon", NewSku(), quantity: 5, version: 3);
        await store.WriteAsync(state, etag: null);

        var second = await store.WriteAsync(state with { PublishedQuantity = 9 }, etag: null);
        var stored = await store.GetAsync("amazon", state.Sku);

        Assert.Equal(SyncStateWriteStatus.Conflict, second.Status);
        Assert.Equal(5, stored?.State.PublishedQuantity);
    }

    [Fact]
    public async Task WriteAsync_ETagOfMissingRecord_ReturnsConflict()
    {
        var store = await GetStoreAsync();
        var created = await store.WriteAsync(Published("walmart", NewSku(), 1, 1), etag: null);

        var write = await store.WriteAsync(Published("walmart", NewSku(), 1, 1), created.ETag);

        Assert.Equal(SyncStateWriteStatus.Conflict, write.Status);
    }

    [Fact]
    public async Task WriteAsync_OutdatedETag_ReturnsConflictAndKeepsTheFirstWrite()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        var created = await store.WriteAsync(Published("shopify", sku, 5, 3), etag: null);
        await store.WriteAsync(Published("shopify", sku, 6, 4), created.ETag);

        var late = await store.WriteAsync(Published("shopify", sku, 7, 5), created.ETag);
        var stored = await store.GetAsync("shopify", sku);

        Assert.Equal(SyncStateWriteStatus.Conflict, late.Status);
        Assert.Equal(6, stored?.State.PublishedQuantity);
    }

    [Fact]
    public async Task WriteAsync_NewerVersion_WritesAndChangesETag()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        var created = await store.WriteAsync(Published("shopify", sku, 5, 3), etag: null);

        var write = await store.WriteAsync(Published("shopify", sku, 4, 4), created.ETag);
        var stored = await store.GetAsync("shopify", sku);

        Assert.Equal(SyncStateWriteStatus.Written, write.Status);
        Assert.NotEqual(created.ETag, write.ETag);
        Assert.Equal(write.ETag, stored?.ETag);
        Assert.Equal(4, stored?.State.PublishedQuantity);
    }

    [Fact]
    public async Task WriteAsync_OlderVersionWithCurrentETag_ReturnsStaleAndKeepsNewer()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        var created = await store.WriteAsync(Published("tiktok", sku, 5, 8), etag: null);

        var write = await store.WriteAsync(Published("tiktok", sku, 9, 7), created.ETag);
        var stored = await store.GetAsync("tiktok", sku);

        Assert.Equal(SyncStateWriteStatus.Stale, write.Status);
        Assert.Equal(created.ETag, stored?.ETag);
        Assert.Equal(5, stored?.State.PublishedQuantity);
    }

    [Fact]
    public async Task WriteAsync_OlderPendingThanStoredPending_ReturnsStale()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        var claimed = Published("shopify", sku, 5, 3) with { PendingQuantity = 2, PendingVersion = 9 };
        var created = await store.WriteAsync(claimed, etag: null);

        var write = await store.WriteAsync(claimed with { PendingQuantity = 4, PendingVersion = 6 }, created.ETag);

        Assert.Equal(SyncStateWriteStatus.Stale, write.Status);
    }

    [Fact]
    public async Task WriteAsync_LowerPublishedVersionBehindSamePending_ReturnsStale()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        var state = Published("shopify", sku, 5, 6) with { PendingQuantity = 2, PendingVersion = 9 };
        var created = await store.WriteAsync(state, etag: null);

        var write = await store.WriteAsync(state with { PublishedQuantity = 8, PublishedVersion = 4 }, created.ETag);

        Assert.Equal(SyncStateWriteStatus.Stale, write.Status);
    }

    [Fact]
    public async Task WriteAsync_SameVersionAgain_WritesTheRetry()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        var claimed = Published("shopify", sku, 5, 3) with { PendingQuantity = 2, PendingVersion = 4 };
        var created = await store.WriteAsync(claimed, etag: null);

        var retry = await store.WriteAsync(claimed with { LastError = "timed out", LastAttemptAt = At }, created.ETag);
        var stored = await store.GetAsync("shopify", sku);

        Assert.Equal(SyncStateWriteStatus.Written, retry.Status);
        Assert.Equal("timed out", stored?.State.LastError);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritersWithOneETag_OnlyOneWins()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        var created = await store.WriteAsync(Published("shopify", sku, 1, 1), etag: null);

        var writes = await Task.WhenAll(Enumerable.Range(2, 8).Select(version =>
            store.WriteAsync(Published("shopify", sku, version, version), created.ETag)));

        Assert.Equal(1, writes.Count(w => w.Status == SyncStateWriteStatus.Written));
    }

    [Fact]
    public async Task ListAsync_SkuWithSeveralChannels_ReturnsOnlyItsChannelsOrdered()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        foreach (var channel in new[] { "walmart", "amazon", "shopify" })
        {
            await store.WriteAsync(Published(channel, sku, 1, 1), etag: null);
        }

        await store.WriteAsync(Published("ebay", NewSku(), 1, 1), etag: null);

        var states = await store.ListAsync(sku);

        Assert.Equal(["amazon", "shopify", "walmart"], states.Select(s => s.State.Channel));
    }

    [Theory]
    [MemberData(nameof(TrickySkus))]
    public async Task WriteAsync_TrickySku_RoundTripsAndStaysApart(string tricky)
    {
        var store = await GetStoreAsync();
        var sku = NewSku() + tricky;
        var state = Full("shopify", sku);

        await store.WriteAsync(state, etag: null);
        var stored = await store.GetAsync("shopify", sku);
        var listed = await store.ListAsync(sku);

        Assert.Equal(state, stored?.State);
        Assert.Equal(sku, Assert.Single(listed).State.Sku);
    }

    [Fact]
    public async Task ListChangedSinceAsync_StatesChangedBeforeAndAfter_ReturnsOnlyTheLater()
    {
        var store = await GetStoreAsync();
        var since = new DateTimeOffset(2090, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var before = Published("shopify", NewSku(), 1, 1) with { PublishedAt = since.AddMinutes(-1) };
        var after = Published("shopify", NewSku(), 1, 1) with { LastAttemptAt = since.AddMinutes(5) };
        var never = ChannelSyncState.New("shopify", NewSku());
        foreach (var state in new[] { before, after, never })
        {
            await store.WriteAsync(state, etag: null);
        }

        var changed = await store.ListChangedSinceAsync(since, limit: 1000);

        var ours = changed.Select(s => s.State.Sku).Where(s => s == before.Sku || s == after.Sku || s == never.Sku);
        Assert.Equal([after.Sku], ours);
    }

    [Fact]
    public async Task ListChangedSinceAsync_RewrittenLater_ListsTheNewChangeTime()
    {
        var store = await GetStoreAsync();
        var since = new DateTimeOffset(2091, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var state = Published("amazon", NewSku(), 1, 1) with { PublishedAt = since.AddDays(-1) };
        var created = await store.WriteAsync(state, etag: null);

        await store.WriteAsync(state with { LastAttemptAt = since.AddSeconds(1) }, created.ETag);
        var changed = await store.ListChangedSinceAsync(since, limit: 1000);

        Assert.Contains(changed, s => s.State.Sku == state.Sku && s.State.LastAttemptAt == since.AddSeconds(1));
    }

    [Fact]
    public async Task ListChangedSinceAsync_MoreThanLimit_ReturnsLimit()
    {
        var store = await GetStoreAsync();
        var since = new DateTimeOffset(2092, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            await store.WriteAsync(Published("ebay", NewSku(), 1, 1) with { PublishedAt = since.AddMinutes(i) },
                etag: null);
        }

        var changed = await store.ListChangedSinceAsync(since, limit: 2);

        Assert.Equal(2, changed.Count);
    }

    [Fact]
    public async Task ListPageAsync_FollowingContinuations_ReachesEveryStateOnce()
    {
        var store = await GetStoreAsync();
        var written = new List<(string Sku, string Channel)>();
        for (var i = 0; i < 5; i++)
        {
            var state = Published(i % 2 == 0 ? "shopify" : "walmart", NewSku(), 1, 1);
            await store.WriteAsync(state, etag: null);
            written.Add((state.Sku, state.Channel));
        }

        var seen = new List<(string Sku, string Channel)>();
        string? continuation = null;
        do
        {
            var page = await store.ListPageAsync(continuation, limit: 2);
            Assert.True(page.States.Count <= 2);
            seen.AddRange(page.States.Select(s => (s.State.Sku, s.State.Channel)));
            continuation = page.Continuation;
        }
        while (continuation is not null);

        Assert.All(written, key => Assert.Equal(1, seen.Count(s => s == key)));
    }

    [Fact]
    public async Task ListPageAsync_ListedState_CarriesItsETag()
    {
        var store = await GetStoreAsync();
        var created = await store.WriteAsync(Published("tiktok", NewSku(), 3, 2), etag: null);

        var page = await store.ListPageAsync(continuation: null, limit: 1);

        var first = Assert.Single(page.States);
        var stored = await store.GetAsync(first.State.Channel, first.State.Sku);
        Assert.NotNull(created.ETag);
        Assert.Equal(stored?.ETag, first.ETag);
    }

    protected static string NewSku() => $"SYNC-{Guid.NewGuid():N}"[..21];

    private static ChannelSyncState Published(string channel, string sku, int quantity, long version) =>
        ChannelSyncState.New(channel, sku) with
        {
            PublishedQuantity = quantity,
            PublishedVersion = version,
            PublishedAt = At,
        };

    private static ChannelSyncState Full(string channel, string sku) =>
        new(channel, sku, 12, 41, At, TimeSpan.FromMilliseconds(1234.5), 10, 42, At.AddSeconds(3),
            "Throttled by the channel", At.AddSeconds(30), 2);
}

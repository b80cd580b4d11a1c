using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Embedded.Sync;
using Inventory.Testing.Stock;
using Inventory.Testing.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Embedded.Tests.Sync;

public sealed class CoalescingSyncRequesterTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(MovementFactory.Epoch);
    private readonly InMemoryStockStore _stock;
    private readonly InMemorySyncStateStore _states = new();
    private readonly FakeChannelClient _shopify = new("shopify");
    private readonly FakeChannelClient _ebay = new("ebay");
    private CoalescingSyncRequester? _requester;

    public CoalescingSyncRequesterTests()
    {
        _stock = new InMemoryStockStore(_time);
    }

    public async ValueTask DisposeAsync()
    {
        _shopify.Release();
        _shopify.ReleaseLeases();
        _ebay.Release();
        if (_requester is not null)
        {
            await _requester.DisposeAsync();
        }
    }

    [Fact]
    public async Task RequestSyncAsync_BurstWhileAPushIsInFlight_PushesOnceMoreWithTheLatestStock()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        _shopify.Hold();
        await ApplyAndRequestAsync(sut, MovementFactory.Adjust(sku, "WH1", 10, unitCost: 2m));
        await _shopify.PushArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));

        for (var i = 0; i < 9; i++)
        {
            await ApplyAndRequestAsync(sut, MovementFactory.Adjust(sku, "WH1", -1));
        }

        _shopify.Release();
        await sut.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([10, 1], _shopify.Pushes.Select(p => p.Quantity));
        Assert.Equal(1, _shopify.MaxInFlight);
        Assert.Equal(1, _shopify.QuantityOf(sku));
        Assert.Equal(1, _ebay.MaxInFlight);
        Assert.Equal(1, _ebay.QuantityOf(sku));
    }

    [Fact]
    public async Task RequestSyncAsync_ChangesWhileWaitingForTheLease_OnePushCarriesThemAll()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        _shopify.HoldLeases();
        await ApplyAndRequestAsync(sut, MovementFactory.Adjust(sku, "WH1", 10, unitCost: 2m));
        await _shopify.LeaseRequested.Task.WaitAsync(TimeSpan.FromSeconds(10));

        for (var i = 0; i < 3; i++)
        {
            await ApplyAndRequestAsync(sut, MovementFactory.Adjust(sku, "WH1", -1));
        }

        _shopify.ReleaseLeases();
        await sut.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));

        // The sync run again for the changes that came in during the wait finds them published already.
        Assert.Equal([7], _shopify.Pushes.Select(p => p.Quantity));
        Assert.Equal(1, _shopify.LeasesGivenBack);
        Assert.Equal(7, _shopify.QuantityOf(sku));
    }

    [Fact]
    public async Task RequestSyncAsync_OneChannelHeld_OtherChannelKeepsPublishingEveryChange()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        _shopify.Hold();
        await ApplyAndRequestAsync(sut, MovementFactory.Adjust(sku, "WH1", 10, unitCost: 2m));
        await _shopify.PushArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));

        for (var quantity = 9; quantity >= 7; quantity--)
        {
            await ApplyAndRequestAsync(sut, MovementFactory.Adjust(sku, "WH1", -1));
            var expected = quantity;
            await WaitUntilAsync(() => _ebay.QuantityOf(sku) == expected);
        }

        var ebayWhileHeld = _ebay.Pushes.Select(p => p.Quantity).ToList();
        _shopify.Release();
        await sut.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([10, 9, 8, 7], ebayWhileHeld);
        Assert.Equal([10, 7], _shopify.Pushes.Select(p => p.Quantity));
        Assert.Equal(1, _shopify.MaxInFlight);
    }

    [Fact]
    public async Task RequestSyncAsync_ManySkusAtOnce_RunsNoMoreThanTheLimitTogether()
    {
        var sut = CreateSut(maxConcurrentSkus: 2);
        _ebay.Hold();
        var skus = Enumerable.Range(0, 6).Select(_ => MovementFactory.NewSku()).ToArray();

        foreach (var sku in skus)
        {
            await ApplyAndRequestAsync(sut, MovementFactory.Adjust(sku, "WH1", 3, unitCost: 1m));
        }

        await _ebay.PushArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(100);
        var maxWhileHeld = _ebay.MaxInFlight;
        _ebay.Release();
        await sut.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, maxWhileHeld);
        Assert.All(skus, sku => Assert.Equal(3, _ebay.QuantityOf(sku)));
    }

    [Fact]
    public async Task RequestSyncAsync_ChannelThrottles_SyncsAgainAfterTheWaitItAskedFor()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        _shopify.ThenAnswer(_ => new PushResult(PushStatus.Throttled, null, TimeSpan.FromSeconds(30), "slow down"));

        await ApplyAndRequestAsync(sut, MovementFactory.Adjust(sku, "WH1", 4, unitCost: 1m));
        await sut.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var pending = (await _states.GetAsync("shopify", sku))!.State;

        _time.Advance(TimeSpan.FromSeconds(30));
        await WaitUntilAsync(() => _shopify.QuantityOf(sku) == 4);
        await sut.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var published = (await _states.GetAsync("shopify", sku))!.State;

        Assert.Equal(4, pending.PendingQuantity);
        Assert.Equal(MovementFactory.Epoch.AddSeconds(30), pending.RetryNotBefore);
        Assert.Equal(4, published.PublishedQuantity);
        Assert.Null(published.PendingVersion);
        Assert.Single(_ebay.Pushes);
    }

    [Fact]
    public async Task RequestSyncAsync_ChannelFailsSyncAfterSync_RetriesUntilItPublishes()
    {
        // Eight failing syncs in a row: more than the five the runner used to allow before it gave a SKU up.
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        for (var i = 0; i < 8; i++)
        {
            _shopify.ThenAnswer(_ => new PushResult(PushStatus.Failed, null, null, "503 from the channel"));
        }

        await ApplyAndRequestAsync(sut, MovementFactory.Adjust(sku, "WH1", 4, unitCost: 1m));
        for (var i = 0; i < 50 && _shopify.QuantityOf(sku) != 4; i++)
        {
            await sut.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
            _time.Advance(SyncRetryBackoff.DefaultMaxDelay);
            await Task.Delay(20);
        }

        await sut.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(4, _shopify.QuantityOf(sku));
        Assert.Equal(9, _shopify.Pushes.Count);
        Assert.Single(_ebay.Pushes);
    }

    [Fact]
    public async Task RequestSyncAsync_OneSkuKeptDirty_AnotherSkuStillSyncsPromptly()
    {
        var busy = MovementFactory.NewSku();
        var other = MovementFactory.NewSku();
        CoalescingSyncRequester? sut = null;
        var channel = new RequeueingClient("shopify", busy, async () =>
        {
            // Every push of the busy SKU comes with a new change of it, so it is dirty again before its sync ends;
            // the pause keeps its loop from running ahead between the test's steps.
            await ApplyAndRequestAsync(sut!, MovementFactory.Adjust(busy, "WH1", 1, unitCost: 1m));
            await Task.Delay(10);
        });
        var service = new ChannelSyncService(_stock, new PooledTargetCalculator([channel]), _states, [channel], _time,
            NullLogger<ChannelSyncService>.Instance);
        sut = _requester = new CoalescingSyncRequester(service,
            Options.Create(new CoalescingSyncOptions { MaxConcurrentSkus = 1 }), _time,
            NullLogger<CoalescingSyncRequester>.Instance);
        await ApplyAndRequestAsync(sut, MovementFactory.Adjust(busy, "WH1", 5, unitCost: 1m));
        await channel.FirstPush.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var applied = await _stock.ApplyAsync(MovementFactory.Adjust(other, "WH1", 5, unitCost: 1m));
        var pushedBefore = channel.Skus.Count;
        await sut.RequestSyncAsync(new SyncRequest(other, applied.Version, _time.GetUtcNow()));
        await WaitUntilAsync(() => channel.Skus.Contains(other));
        channel.StopRequeueing();
        await sut.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));

        // At most the busy SKU's sync that was running (its push perhaps not yet sent) comes first.
        var position = channel.Skus.ToList().IndexOf(other);
        Assert.InRange(position, pushedBefore, pushedBefore + 1);
    }

    private CoalescingSyncRequester CreateSut(int maxConcurrentSkus = 4)
    {
        var service = new ChannelSyncService(_stock, new PooledTargetCalculator([_shopify, _ebay]), _states,
            [_shopify, _ebay], _time, NullLogger<ChannelSyncService>.Instance);
        _requester = new CoalescingSyncRequester(service,
            Options.Create(new CoalescingSyncOptions { MaxConcurrentSkus = maxConcurrentSkus }), _time,
            NullLogger<CoalescingSyncRequester>.Instance);
        return _requester;
    }

    private async Task ApplyAndRequestAsync(CoalescingSyncRequester sut, Movement movement)
    {
        var outcome = await _stock.ApplyAsync(movement);
        Assert.Equal(ApplyStatus.Applied, outcome.Status);
        await sut.RequestSyncAsync(new SyncRequest(movement.Sku, outcome.Version, _time.GetUtcNow()));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }

    /// <summary>A channel that runs a callback on every push of one SKU (until stopped) and records the SKU order.
    /// </summary>
    private sealed class RequeueingClient(string channel, string sku, Func<Task> onPush) : IChannelInventoryClient
    {
        private readonly Lock _gate = new();
        private readonly List<string> _skus = [];
        private volatile bool _stopped;

        public string Channel { get; } = channel;

        public bool IsConfigured => true;

        public TaskCompletionSource FirstPush { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<string> Skus
        {
            get
            {
                lock (_gate)
                {
                    return [.. _skus];
                }
            }
        }

        public void StopRequeueing() => _stopped = true;

        public async Task<PushResult> PushAsync(ChannelPush push, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                _skus.Add(push.Sku);
            }

            if (push.Sku == sku && !_stopped)
            {
                await onPush();
            }

            FirstPush.TrySetResult();
            return PushResult.Accepted(push.Quantity);
        }

        public Task<int?> ReadQuantityAsync(string sku, CancellationToken cancellationToken) =>
            Task.FromResult<int?>(null);
    }
}

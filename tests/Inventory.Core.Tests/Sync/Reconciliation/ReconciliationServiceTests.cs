using Inventory.Core.Documents;
using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Core.Sync.Reconciliation;
using Inventory.Testing.Documents;
using Inventory.Testing.Stock;
using Inventory.Testing.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Core.Tests.Sync.Reconciliation;

public sealed class ReconciliationServiceTests
{
    private readonly FakeTimeProvider _time = new(MovementFactory.Epoch);
    private readonly InMemoryStockStore _stock;
    private readonly InMemorySyncStateStore _states = new();
    private readonly InMemoryDocumentStore _documents = new();
    private readonly FakeChannelClient _shopify = new("shopify");
    private readonly ChannelSyncService _sync;
    private readonly InlineSyncRequester _requester;

    public ReconciliationServiceTests()
    {
        _stock = new InMemoryStockStore(_time);
        _sync = new ChannelSyncService(_stock, new PooledTargetCalculator([_shopify]), _states, [_shopify], _time,
            NullLogger<ChannelSyncService>.Instance);
        _requester = new InlineSyncRequester(() => _sync);
    }

    [Fact]
    public async Task RunAsync_ChannelChangedInItsAdmin_RecordsTheDriftAndRepairsTheChannel()
    {
        var sut = CreateSut();
        var sku = await SyncedSkuAsync(available: 5);
        _shopify.SetQuantity(sku, 9);

        var summary = await sut.RunAsync();
        var drift = await _documents.GetAsync<DriftEvent>(DocumentCollections.LatestDrift, $"shopify|{sku}");

        Assert.Equal((1, 1, 1, 0), (summary.Checked, summary.Drifted, summary.Repaired, summary.Failed));
        Assert.Equal(5, _shopify.QuantityOf(sku));
        Assert.Equal((9, 5, 5, DriftCause.ChannelChangedOutsideProduct),
            (drift!.Value.Seen, drift.Value.Expected, drift.Value.Published, drift.Value.Cause));
    }

    [Fact]
    public async Task RunAsync_ChannelChangedInItsAdmin_CountsTheDriftInTheSyncState()
    {
        var sut = CreateSut();
        var sku = await SyncedSkuAsync(available: 5);
        _shopify.SetQuantity(sku, 9);

        await sut.RunAsync();
        var state = (await _states.GetAsync("shopify", sku))!.State;

        Assert.Equal((5, 1), (state.PublishedQuantity!.Value, state.DriftCount));
    }

    [Fact]
    public async Task RunAsync_ChannelOnTarget_RecordsNothingAndPushesNothing()
    {
        var sut = CreateSut();
        var sku = await SyncedSkuAsync(available: 5);
        var pushesBefore = _shopify.Pushes.Count;

        var summary = await sut.RunAsync();

        Assert.Equal((1, 0, 0), (summary.Checked, summary.Drifted, summary.Repaired));
        Assert.Equal(pushesBefore, _shopify.Pushes.Count);
        Assert.Empty(_requester.Requests);
        Assert.Null(await _documents.GetAsync<DriftEvent>(DocumentCollections.LatestDrift, $"shopify|{sku}"));
    }

    [Fact]
    public async Task RunAsync_SliceOff_ChecksOnlySkusChangedWithinTheWindow()
    {
        var sut = CreateSut(o => o.SliceSize = 0);
        var old = await SyncedSkuAsync(available: 5);
        _time.Advance(TimeSpan.FromHours(2));
        var recent = await SyncedSkuAsync(available: 3);
        _shopify.SetQuantity(old, 1);
        _shopify.SetQuantity(recent, 1);

        await sut.RunAsync();

        Assert.Equal([recent], _requester.Requests.Select(r => r.Sku));
    }

    [Fact]
    public async Task RunAsync_SeveralRuns_SliceAdvancesAndWrapsAround()
    {
        var sut = CreateSut(o => o.SliceSize = 2);
        for (var i = 0; i < 3; i++)
        {
            await SyncedSkuAsync(available: 1);
        }

        _time.Advance(TimeSpan.FromHours(2));

        var runs = new List<ReconciliationSummary>();
        for (var run = 0; run < 3; run++)
        {
            runs.Add(await sut.RunAsync());
        }

        Assert.Equal([2, 1, 2], runs.Select(r => r.Skus));
        Assert.Equal([false, true, false], runs.Select(r => r.SliceWrapped));
    }

    [Fact]
    public async Task RunAsync_SeveralRuns_CursorIsKeptInTheDocumentStore()
    {
        var sut = CreateSut(o => o.SliceSize = 1);
        await SyncedSkuAsync(available: 1);
        await SyncedSkuAsync(available: 1);

        await sut.RunAsync();
        var cursor = await _documents.GetAsync<ReconciliationCursor>(DocumentCollections.Reconciliation,
            ReconciliationService.CursorId);

        Assert.NotNull(cursor?.Value.Continuation);
    }

    [Fact]
    public async Task RunAsync_ChannelReadFails_SkipsTheChannelAndCountsAFailure()
    {
        var sut = CreateSut();
        var sku = await SyncedSkuAsync(available: 5);
        _shopify.SetQuantity(sku, 9);
        _shopify.FailReadsWith(new HttpRequestException("shopify is down"));

        var summary = await sut.RunAsync();

        Assert.Equal((0, 0, 1), (summary.Checked, summary.Drifted, summary.Failed));
        Assert.Empty(_requester.Requests);
    }

    [Fact]
    public async Task RunAsync_PushPendingOnChannel_RecordsPushPending()
    {
        var sut = CreateSut();
        var sku = await SyncedSkuAsync(available: 5);
        _shopify.ThenAnswer(_ => new PushResult(PushStatus.Failed, null, null, "timed out"));
        await _sync.SyncSkuAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", -2)));

        await sut.RunAsync();
        var drift = await _documents.GetAsync<DriftEvent>(DocumentCollections.LatestDrift, $"shopify|{sku}");

        Assert.Equal((5, 3, DriftCause.PushPending), (drift!.Value.Seen, drift.Value.Expected, drift.Value.Cause));
        Assert.Equal(3, _shopify.QuantityOf(sku));
    }

    [Fact]
    public void CauseOf_SeenEqualsPublishedAndNothingPending_ReturnsUnknown()
    {
        var state = ChannelSyncState.New("shopify", "SKU-1") with { PublishedQuantity = 4, PublishedVersion = 2 };

        var cause = ReconciliationService.CauseOf(state, seen: 4);

        Assert.Equal(DriftCause.Unknown, cause);
    }

    [Fact]
    public void CauseOf_SeenIsThePendingQuantity_ReturnsPushPending()
    {
        var state = ChannelSyncState.New("shopify", "SKU-1") with
        {
            PublishedQuantity = 4,
            PublishedVersion = 2,
            PendingQuantity = 7,
            PendingVersion = 3,
        };

        var cause = ReconciliationService.CauseOf(state, seen: 7);

        Assert.Equal(DriftCause.PushPending, cause);
    }

    [Fact]
    public void CauseOf_SeenIsNeitherPublishedNorPending_ReturnsChannelChangedOutsideProduct()
    {
        var state = ChannelSyncState.New("shopify", "SKU-1") with { PublishedQuantity = 4, PublishedVersion = 2 };

        var cause = ReconciliationService.CauseOf(state, seen: 11);

        Assert.Equal(DriftCause.ChannelChangedOutsideProduct, cause);
    }

    [Fact]
    public async Task RunAsync_ChannelNotConfigured_IsNotRead()
    {
        var amazon = new FakeChannelClient("amazon") { IsConfigured = false };
        amazon.FailReadsWith(new InvalidOperationException("an unconfigured channel must not be read"));
        var sut = new ReconciliationService(_states, _stock, new PooledTargetCalculator([_shopify, amazon]),
            _requester, _documents, [_shopify, amazon], Options.Create(new ReconciliationOptions()), _time,
            NullLogger<ReconciliationService>.Instance);
        await SyncedSkuAsync(available: 5);

        var summary = await sut.RunAsync();

        Assert.Equal((1, 0), (summary.Checked, summary.Failed));
    }

    private ReconciliationService CreateSut(Action<ReconciliationOptions>? configure = null)
    {
        var options = new ReconciliationOptions();
        configure?.Invoke(options);
        return new ReconciliationService(_states, _stock, new PooledTargetCalculator([_shopify]), _requester,
            _documents, [_shopify], Options.Create(options), _time, NullLogger<ReconciliationService>.Instance);
    }

    private async Task<string> SyncedSkuAsync(int available)
    {
        var sku = MovementFactory.NewSku();
        await _sync.SyncSkuAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", available, unitCost: 1m)));
        return sku;
    }

    private async Task<SyncRequest> ApplyAsync(Movement movement)
    {
        var outcome = await _stock.ApplyAsync(movement);
        Assert.Equal(ApplyStatus.Applied, outcome.Status);
        return new SyncRequest(movement.Sku, outcome.Version, _time.GetUtcNow());
    }
}

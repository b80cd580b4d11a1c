using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Testing.Stock;
using Inventory.Testing.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Core.Tests.Sync;

public sealed class ChannelSyncServiceTests
{
    private readonly FakeTimeProvider _time = new(MovementFactory.Epoch);
    private readonly InMemoryStockStore _stock;
    private readonly InMemorySyncStateStore _states = new();
    private readonly FakeChannelClient _shopify = new("shopify");

    public ChannelSyncServiceTests()
    {
        _stock = new InMemoryStockStore(_time);
    }

    [Fact]
    public async Task SyncSkuAsync_TwoLocations_PushesTheSummedAvailableAndRecordsLatency()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m));
        var request = await ApplyAsync(MovementFactory.Adjust(sku, "WH2", 3, unitCost: 1m));
        _time.Advance(TimeSpan.FromMilliseconds(800));

        var result = await sut.SyncSkuAsync(request);
        var state = (await _states.GetAsync("shopify", sku))!.State;

        Assert.Equal(2, result.Plan.StockVersion);
        Assert.Equal(8, Assert.Single(_shopify.Pushes).Quantity);
        Assert.Equal($"shopify:{sku}:2:from-any", _shopify.Pushes[0].IdempotencyKey);
        Assert.Equal((8, 2L), (state.PublishedQuantity!.Value, state.PublishedVersion));
        Assert.Equal(TimeSpan.FromMilliseconds(800), state.Latency);
    }

    [Fact]
    public async Task SyncSkuAsync_TargetAlreadyPublished_MakesNoChannelCall()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        await sut.SyncSkuAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m)));
        await ApplyAsync(MovementFactory.Place(sku, "WH1", 10));

        var result = await sut.SyncSkuAsync(new SyncRequest(sku, 2, _time.GetUtcNow()));
        var state = (await _states.GetAsync("shopify", sku))!.State;

        Assert.Equal(ChannelSyncDecision.Unchanged, Assert.Single(result.Outcomes).Decision);
        Assert.Single(_shopify.Pushes);
        Assert.Equal(2, state.PublishedVersion);
    }

    [Fact]
    public async Task SyncSkuAsync_SecondPush_ExpectsTheLastPublishedQuantity()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        await sut.SyncSkuAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m)));

        await sut.SyncSkuAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", -2)));

        Assert.Equal([null, 5], _shopify.Pushes.Select(p => p.ExpectedChannelQuantity));
    }

    [Fact]
    public async Task SyncSkuAsync_ChannelDrifted_ReadsTheChannelRetriesOnceAndCountsTheDrift()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        await sut.SyncSkuAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m)));
        _shopify.SetQuantity(sku, 11);

        var result = await sut.SyncSkuAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", -1)));
        var state = (await _states.GetAsync("shopify", sku))!.State;

        Assert.Equal(ChannelSyncDecision.Pushed, Assert.Single(result.Outcomes).Decision);
        Assert.Equal([null, 5, 11], _shopify.Pushes.Select(p => p.ExpectedChannelQuantity));
        Assert.Equal(4, _shopify.QuantityOf(sku));
        Assert.Equal((4, 1), (state.PublishedQuantity!.Value, state.DriftCount));
    }

    [Fact]
    public async Task SyncSkuAsync_SecondCorrectionOfOneVersion_SendsAKeyOfItsOwn()
    {
        // A channel answers a key it has seen with its first answer, or refuses it with other arguments: a correction
        // expecting another quantity than the first one did must not reuse the first correction's key.
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        await sut.SyncSkuAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m)));
        _shopify.SetQuantity(sku, 11);
        _shopify.ThenAnswer(_ => null);
        _shopify.ThenAnswer(_ => new PushResult(PushStatus.Failed, null, null, "timed out"));
        var request = await ApplyAsync(MovementFactory.Adjust(sku, "WH1", -1));
        await sut.SyncSkuAsync(request);
        _shopify.SetQuantity(sku, 12);

        var result = await sut.SyncSkuAsync(request);

        string[] keys =
        [
            $"shopify:{sku}:2:from-5", $"shopify:{sku}:2:from-11", $"shopify:{sku}:2:from-5",
            $"shopify:{sku}:2:from-12",
        ];
        Assert.Equal(ChannelSyncDecision.Pushed, Assert.Single(result.Outcomes).Decision);
        Assert.Equal(keys, _shopify.Pushes.Skip(1).Select(p => p.IdempotencyKey));
        Assert.Equal(4, _shopify.QuantityOf(sku));
    }

    [Fact]
    public async Task SyncSkuAsync_Throttled_LeavesTheTargetPendingWithTheWait()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        _shopify.ThenAnswer(_ => new PushResult(PushStatus.Throttled, null, TimeSpan.FromSeconds(2), "bucket empty"));

        var result = await sut.SyncSkuAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m)));
        var state = (await _states.GetAsync("shopify", sku))!.State;

        Assert.Equal(TimeSpan.FromSeconds(2), result.RetryAfter);
        Assert.Equal((5, 1L), (state.PendingQuantity!.Value, state.PendingVersion!.Value));
        Assert.Null(state.PublishedQuantity);
        Assert.Equal(MovementFactory.Epoch.AddSeconds(2), state.RetryNotBefore);
    }

    [Fact]
    public async Task PushAsync_OlderVersionAfterNewerWasPublished_SendsNothing()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        var newer = new ChannelSyncWork("shopify", sku, 3, 9, _time.GetUtcNow());
        await sut.RecordAsync([await sut.PushAsync(newer)]);

        var older = await sut.PushAsync(newer with { Target = 8, StockVersion = 7 });
        var recorded = await sut.RecordAsync([older]);

        Assert.Equal(ChannelSyncDecision.Superseded, older.Decision);
        Assert.Equal(0, recorded);
        Assert.Equal([3], _shopify.Pushes.Select(p => p.Quantity));
        Assert.Equal(3, _shopify.QuantityOf(sku));
    }

    [Fact]
    public async Task PushAsync_OlderPushRefusedBecauseNewerLanded_DoesNotOverwriteTheNewer()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        await sut.RecordAsync([await sut.PushAsync(new ChannelSyncWork("shopify", sku, 5, 1, _time.GetUtcNow()))]);
        _shopify.Hold();
        var older = sut.PushAsync(new ChannelSyncWork("shopify", sku, 4, 2, _time.GetUtcNow()));
        await _shopify.PushArrived.Task;

        // The newer sync claims and pushes while the older push is still on its way; either may land first.
        var newerWork = new ChannelSyncWork("shopify", sku, 2, 3, _time.GetUtcNow());
        _shopify.Release();
        var newer = await sut.PushAsync(newerWork);
        var olderOutcome = await older;
        await sut.RecordAsync([newer, olderOutcome]);
        var state = (await _states.GetAsync("shopify", sku))!.State;

        Assert.Equal(ChannelSyncDecision.Pushed, newer.Decision);
        Assert.Equal(2, _shopify.QuantityOf(sku));
        Assert.Equal((2, 3L), (state.PublishedQuantity!.Value, state.PublishedVersion));
    }

    [Fact]
    public async Task RecordAsync_OlderOutcomeAfterNewer_KeepsTheNewer()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        var at = _time.GetUtcNow();
        var newer = new ChannelSyncOutcome(new("shopify", sku, 3, 9, at), ChannelSyncDecision.Pushed, at, false, null,
            null, null);
        var older = newer with { Work = newer.Work with { Target = 8, StockVersion = 7 } };

        await sut.RecordAsync([newer, older]);
        var state = (await _states.GetAsync("shopify", sku))!.State;

        Assert.Equal((3, 9L), (state.PublishedQuantity!.Value, state.PublishedVersion));
    }

    [Fact]
    public async Task SyncSkuAsync_ChannelNotConfigured_NeitherPushedNorRetried()
    {
        var amazon = new FakeChannelClient("amazon") { IsConfigured = false };
        var sut = new ChannelSyncService(_stock, new PooledTargetCalculator([_shopify, amazon]), _states,
            [_shopify, amazon], _time, NullLogger<ChannelSyncService>.Instance);
        var sku = MovementFactory.NewSku();

        var result = await sut.SyncSkuAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m)));

        Assert.Equal("shopify", Assert.Single(result.Outcomes).Work.Channel);
        Assert.Empty(amazon.Pushes);
        Assert.False(result.NeedsRetry);
        Assert.Equal(["shopify"], sut.SyncedChannels);
    }

    [Fact]
    public async Task PushAsync_WorkForAChannelNotConfigured_EndsNotConfiguredWithoutACall()
    {
        var amazon = new FakeChannelClient("amazon") { IsConfigured = false };
        var sut = new ChannelSyncService(_stock, new PooledTargetCalculator([amazon]), _states, [amazon], _time,
            NullLogger<ChannelSyncService>.Instance);

        var outcome = await sut.PushAsync(new ChannelSyncWork("amazon", "SKU-NC", 5, 1, _time.GetUtcNow()));

        Assert.Equal(ChannelSyncDecision.NotConfigured, outcome.Decision);
        Assert.False(outcome.NeedsRetry);
        Assert.Empty(amazon.Pushes);
    }

    [Fact]
    public async Task SyncChannelAsync_StockChangesWhileWaitingForTheLease_PushesTheStockReadAfterIt()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        var request = await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m));
        _shopify.HoldLeases();

        var sync = sut.SyncChannelAsync(request, "shopify");
        await _shopify.LeaseRequested.Task;
        await ApplyAsync(MovementFactory.Adjust(sku, "WH1", -2));
        _shopify.ReleaseLeases();
        var result = await sync;

        Assert.Equal(3, Assert.Single(_shopify.Pushes).Quantity);
        Assert.Equal(2, result.Plan.StockVersion);
    }

    [Fact]
    public async Task SyncChannelAsync_TargetChanged_SendsThePushOnTheLease()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();

        await sut.SyncChannelAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m)), "shopify");

        Assert.Equal(1, _shopify.LeaseRequests);
        Assert.Equal(5, Assert.Single(_shopify.PushesOnLease).Quantity);
        Assert.Equal(0, _shopify.LeasesGivenBack);
    }

    [Fact]
    public async Task SyncChannelAsync_TargetUnchanged_GivesTheLeaseBack()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        var request = await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m));
        await sut.SyncChannelAsync(request, "shopify");

        var result = await sut.SyncChannelAsync(request, "shopify");

        Assert.Equal(ChannelSyncDecision.Unchanged, Assert.Single(result.Outcomes).Decision);
        Assert.Equal(2, _shopify.LeaseRequests);
        Assert.Equal(1, _shopify.LeasesGivenBack);
        Assert.Single(_shopify.Pushes);
    }

    [Fact]
    public async Task SyncChannelAsync_LeaseRequestThrows_PushesWithoutALease()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        _shopify.FailLeasesWith(new InvalidOperationException("limiter broken"));

        var result = await sut.SyncChannelAsync(
            await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m)), "shopify");

        Assert.Equal(ChannelSyncDecision.Pushed, Assert.Single(result.Outcomes).Decision);
        Assert.Single(_shopify.Pushes);
        Assert.Empty(_shopify.PushesOnLease);
    }

    [Fact]
    public async Task SyncSkuAsync_StockChangesWhileWaitingForALease_PushesTheStockReadAfterIt()
    {
        var sut = CreateSut();
        var sku = MovementFactory.NewSku();
        var request = await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 5, unitCost: 1m));
        _shopify.HoldLeases();

        var sync = sut.SyncSkuAsync(request);
        await _shopify.LeaseRequested.Task;
        await ApplyAsync(MovementFactory.Adjust(sku, "WH1", -1));
        _shopify.ReleaseLeases();
        await sync;

        Assert.Equal(4, Assert.Single(_shopify.PushesOnLease).Quantity);
    }

    [Fact]
    public async Task PushAsync_WorkPlannedEarlier_AsksForNoLease()
    {
        var sut = CreateSut();

        var outcome = await sut.PushAsync(new ChannelSyncWork("shopify", "SKU-DURABLE", 5, 1, _time.GetUtcNow()));

        Assert.Equal(ChannelSyncDecision.Pushed, outcome.Decision);
        Assert.Equal(0, _shopify.LeaseRequests);
        Assert.Empty(_shopify.PushesOnLease);
    }

    private ChannelSyncService CreateSut() => new(_stock, new PooledTargetCalculator([_shopify]), _states, [_shopify],
        _time, NullLogger<ChannelSyncService>.Instance);

    private async Task<SyncRequest> ApplyAsync(Movement movement)
    {
        var outcome = await _stock.ApplyAsync(movement);
        Assert.Equal(ApplyStatus.Applied, outcome.Status);
        return new SyncRequest(movement.Sku, outcome.Version, _time.GetUtcNow());
    }
}

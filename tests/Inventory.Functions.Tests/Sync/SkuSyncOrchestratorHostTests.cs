using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Functions.Sync;
using Inventory.Testing.Stock;
using Inventory.Testing.Sync;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inventory.Functions.Tests.Sync;

/// <summary>
/// The orchestration in the in-process Durable test host, with the real replay, over in-memory stock, sync state and
/// fake channels. About a second per orchestration, so these are few.
/// </summary>
public sealed class SkuSyncOrchestratorHostTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly InMemoryStockStore _stock = new(TimeProvider.System);
    private readonly InMemorySyncStateStore _states = new();
    private readonly FakeChannelClient[] _channels =
        [new("shopify"), new("amazon"), new("walmart"), new("ebay"), new("tiktok")];

    private DurableTaskTestHost? _host;
    private ChannelSyncService? _sync;

    private DurableTaskClient Client => _host!.Client;

    public async Task InitializeAsync()
    {
        var sync = _sync = new ChannelSyncService(_stock, new PooledTargetCalculator(_channels), _states, _channels,
            TimeProvider.System, NullLogger<ChannelSyncService>.Instance);
        _host = await DurableTaskTestHost.StartAsync(registry =>
        {
            registry.AddOrchestratorFunc<ChannelSyncRequest>(SkuSyncOrchestrator.Name,
                (context, input) => SkuSyncOrchestrator.RunAsync(context, input!));
            registry.AddActivityFunc<ChannelSyncRequest, SkuSyncResult>(SkuSyncOrchestrator.SyncChannelActivity,
                (context, input) => SkuSyncActivities.SyncChannelAsync(sync, input!, CancellationToken.None));
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var channel in _channels)
        {
            channel.Release();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task RequestSyncAsync_FiveChannels_PushesEveryChannelOnceAndRecordsIt()
    {
        var sku = MovementFactory.NewSku();
        var request = await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 7, unitCost: 1m));

        await CreateRequester().RequestSyncAsync(request);
        var done = await WaitAsync(sku);
        var states = await _states.ListAsync(sku);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.All(_channels, channel => Assert.Equal([7], channel.Pushes.Select(p => p.Quantity)));
        Assert.Equal(5, states.Count);
        Assert.All(states, s => Assert.Equal((7, 1L), (s.State.PublishedQuantity!.Value, s.State.PublishedVersion)));
    }

    [Fact]
    public async Task RequestSyncAsync_OneChannelHeld_TheOthersPublishTheLatestStockMeanwhile()
    {
        var sku = MovementFactory.NewSku();
        var amazon = _channels[1];
        amazon.Hold();
        var requester = CreateRequester();
        await requester.RequestSyncAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 10, unitCost: 1m)));
        await amazon.PushArrived.Task.WaitAsync(Patience);
        await WaitForFastChannelsAsync(sku);

        await requester.RequestSyncAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", -3)));
        await WaitForFastChannelsAsync(sku);
        var pushedWhileHeld = _channels[0].Pushes.Select(p => p.Quantity).ToArray();
        var amazonWhileHeld = amazon.Pushes.Count;
        amazon.Release();
        await WaitAsync(sku);

        Assert.Equal([10, 7], pushedWhileHeld);
        Assert.Equal(1, amazonWhileHeld);
        Assert.Equal([10, 7], amazon.Pushes.Select(p => p.Quantity));
        Assert.All(_channels, channel => Assert.Equal(7, channel.QuantityOf(sku)));
    }

    [Fact]
    public async Task RequestSyncAsync_ChannelFailsOnceThenRecovers_RetriesAndPublishes()
    {
        var sku = MovementFactory.NewSku();
        var walmart = _channels[2];
        walmart.ThenAnswer(_ => new PushResult(PushStatus.Failed, null, null, "503 from the channel"));
        var request = await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 4, unitCost: 1m));

        await CreateRequester().RequestSyncAsync(request);
        await WaitAsync(sku);
        var state = (await _states.GetAsync("walmart", sku))!.State;

        Assert.Equal(2, walmart.Pushes.Count);
        Assert.Equal(4, walmart.QuantityOf(sku));
        Assert.Equal(4, state.PublishedQuantity);
        Assert.Null(state.LastError);
        Assert.Single(_channels[0].Pushes);
    }

    [Fact]
    public async Task RequestSyncAsync_StockChangesMidRun_EndsWithOnePushOfTheLatestStock()
    {
        var sku = MovementFactory.NewSku();
        var shopify = _channels[0];
        shopify.Hold();
        var requester = CreateRequester();
        await requester.RequestSyncAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", 10, unitCost: 1m)));
        await shopify.PushArrived.Task.WaitAsync(Patience);

        await requester.RequestSyncAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH1", -3)));
        await requester.RequestSyncAsync(await ApplyAsync(MovementFactory.Adjust(sku, "WH2", 2, unitCost: 1m)));
        shopify.Release();
        var done = await WaitAsync(sku);
        var state = (await _states.GetAsync("shopify", sku))!.State;

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal([10, 9], shopify.Pushes.Select(p => p.Quantity));
        Assert.Equal([1L, 3L], shopify.Pushes.Select(p => p.StockVersion));
        Assert.Equal(1, shopify.MaxInFlight);
        Assert.Equal((9, 3L), (state.PublishedQuantity!.Value, state.PublishedVersion));
    }

    private DurableSyncRequester CreateRequester() =>
        new(new FixedClientSource(Client), _sync!, NullLogger<DurableSyncRequester>.Instance);

    private async Task<SyncRequest> ApplyAsync(Movement movement)
    {
        var outcome = await _stock.ApplyAsync(movement);
        Assert.Equal(ApplyStatus.Applied, outcome.Status);
        return new SyncRequest(movement.Sku, outcome.Version, DateTimeOffset.UtcNow);
    }

    /// <summary>Waits for every channel's orchestration of the SKU; returns the last one's end.</summary>
    private async Task<OrchestrationMetadata> WaitAsync(string sku)
    {
        OrchestrationMetadata? last = null;
        foreach (var channel in _channels)
        {
            last = await WaitAsync(channel.Channel, sku);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, last.RuntimeStatus);
        }

        return last!;
    }

    /// <summary>Waits for the orchestrations of every channel but Amazon, which the test holds.</summary>
    private async Task WaitForFastChannelsAsync(string sku)
    {
        foreach (var channel in _channels.Where(c => c.Channel != "amazon"))
        {
            await WaitAsync(channel.Channel, sku);
        }
    }

    private async Task<OrchestrationMetadata> WaitAsync(string channel, string sku)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await Client.WaitForInstanceCompletionAsync(
            SkuSyncOrchestrator.InstanceIdFor(channel, sku), timeout.Token);
    }

    private sealed class FixedClientSource(DurableTaskClient client) : IDurableClientSource
    {
        public ValueTask<DurableTaskClient> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(client);
    }
}

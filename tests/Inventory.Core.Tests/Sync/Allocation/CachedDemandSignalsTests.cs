using Inventory.Core.Sync;
using Inventory.Core.Sync.Allocation;
using Inventory.Testing.Stock;
using Inventory.Testing.Sync;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Core.Tests.Sync.Allocation;

public sealed class CachedDemandSignalsTests
{
    private readonly FakeTimeProvider _time = new(MovementFactory.Epoch);
    private readonly InMemorySyncStateStore _states = new();

    [Fact]
    public async Task GetAsync_WithinMaxAge_ReusesTheSignals()
    {
        var sut = CreateSut();
        await sut.GetAsync("SKU-C", default);
        await MeasureLagAsync("SKU-C");

        var signals = await sut.GetAsync("SKU-C", default);

        Assert.Empty(signals);
    }

    [Fact]
    public async Task GetAsync_AfterMaxAge_ReadsThemAgain()
    {
        var sut = CreateSut();
        await sut.GetAsync("SKU-D", default);
        await MeasureLagAsync("SKU-D");
        _time.Advance(CachedDemandSignals.MaxAge);

        var signals = await sut.GetAsync("SKU-D", default);

        Assert.Equal("shopify", Assert.Single(signals).Listing);
    }

    private CachedDemandSignals CreateSut() =>
        new(new RecentDemandSignals(new InMemoryStockStore(_time), _states, _time), _time);

    private async Task MeasureLagAsync(string sku)
    {
        var state = ChannelSyncState.New("shopify", sku) with { Latency = TimeSpan.FromMilliseconds(300) };
        await _states.WriteAsync(state, null, default);
    }
}

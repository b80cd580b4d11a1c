using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Core.Sync.Allocation;
using Inventory.Testing.Documents;
using Inventory.Testing.Stock;
using Inventory.Testing.Sync;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Core.Tests.Sync.Allocation;

public sealed class AllocatedTargetCalculatorTests
{
    private readonly FakeTimeProvider _time = new(MovementFactory.Epoch);
    private readonly FakeChannelClient _shopify = new("shopify");
    private readonly FakeChannelClient _ebay = new("ebay");
    private readonly FakeChannelClient _amazon = new("amazon") { IsConfigured = false };

    [Fact]
    public async Task ComputeAsync_ChannelNotConfigured_HasNoTarget()
    {
        var sut = CreateSut();

        var targets = await sut.ComputeAsync("SKU-A", await PositionsAsync("SKU-A", 40), default);

        Assert.Equal(["ebay", "shopify"], targets.Select(t => t.Channel).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ComputeDetailedAsync_ScarcePool_ChannelNotConfiguredHoldsNoShare()
    {
        var sut = CreateSut();

        var targets = await sut.ComputeDetailedAsync("SKU-B", await PositionsAsync("SKU-B", 3), default);

        Assert.DoesNotContain(targets, t => t.Channel == "amazon");
        Assert.Equal(3, targets.Sum(t => t.Quantity));
    }

    [Fact]
    public async Task NotSyncedRulesAsync_DefaultRules_NamesTheListingsWithoutAConfiguredClient()
    {
        var sut = CreateSut();

        var rules = await sut.NotSyncedRulesAsync(default);

        Assert.Equal(["amazon", "amazon-fba", "tiktok", "walmart"], rules.Select(r => r.Listing));
    }

    private AllocatedTargetCalculator CreateSut() => new(
        new DocumentChannelRuleStore(new InMemoryDocumentStore()), new NoSignals(), [_shopify, _ebay, _amazon]);

    private async Task<IReadOnlyList<StockPosition>> PositionsAsync(string sku, int available)
    {
        var stock = new InMemoryStockStore(_time);
        await stock.ApplyAsync(MovementFactory.Adjust(sku, "WH-MAIN", available, unitCost: 1m));
        return await stock.GetPositionsAsync(sku, default);
    }

    private sealed class NoSignals : IDemandSignalSource
    {
        public Task<IReadOnlyList<ChannelDemandSignal>> GetAsync(string sku, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ChannelDemandSignal>>([]);
    }
}

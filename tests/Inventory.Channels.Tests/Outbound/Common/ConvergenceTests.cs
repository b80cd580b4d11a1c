using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Inventory.FakeMarketplaces;

namespace Inventory.Channels.Tests.Outbound.Common;

[Collection(OutboundPacing.Name)]
public sealed class ConvergenceTests
{
    private static readonly string[] Skus = ["SKU-A", "SKU-B", "SKU-C"];

    [Fact]
    public async Task PushAsync_AllChannelsUnderFaults_ConvergeWithinTheirRateLimits()
    {
        await using var harness = await OutboundHarness.StartAsync(
            KeepCircuitsClosed(new Dictionary<string, string?> { ["Channels:Ebay:BatchWindowMilliseconds"] = "10" }),
            new FaultProfile
            {
                Seed = 3,
                ServerErrorProbability = 0.15,
                LatencyProbability = 0.2,
                Latency = TimeSpan.FromMilliseconds(30),
            });
        foreach (var sku in Skus)
        {
            await harness.Listings.SetAsync(new ChannelListing(ChannelNames.Shopify, sku)
            {
                InventoryItemId = sku, LocationId = "1",
            });
            await harness.Listings.SetAsync(new ChannelListing(ChannelNames.Tiktok, sku)
            {
                ProductId = "P", SkuId = sku, WarehouseId = "W",
            });
        }

        await Task.WhenAll(ChannelNames.All.SelectMany(
            channel => Skus.Select(sku => PushVersionsAsync(harness, channel, sku))));

        Assert.Empty(harness.State.Throttles);
        Assert.NotEmpty(harness.State.Faults);
        foreach (var sku in Skus)
        {
            Assert.Equal(3, harness.State.Quantity(ChannelNames.Shopify, FakeItems.Shopify(sku, "1")));
            Assert.Equal(3, harness.State.Quantity(ChannelNames.Amazon, sku));
            Assert.Equal(3, harness.State.Quantity(ChannelNames.Walmart, sku));
            Assert.Equal(3, harness.State.Quantity(ChannelNames.Ebay, sku));
            Assert.Equal(3, harness.State.Quantity(ChannelNames.Tiktok, FakeItems.Tiktok("P", sku, "W")));
        }
    }

    /// <summary>
    /// Random faults can fail half of a channel's first ten attempts, which opens its circuit for 15 s. The sync
    /// waits that out; this test pushes again at once, so it keeps the circuits closed and tests convergence alone.
    /// </summary>
    private static Dictionary<string, string?> KeepCircuitsClosed(Dictionary<string, string?> settings)
    {
        foreach (var channel in new[] { "Shopify", "Amazon", "Walmart", "Ebay", "Tiktok" })
        {
            settings[$"Channels:{channel}:Resilience:BreakerMinimumThroughput"] = "10000";
        }

        return settings;
    }

    /// <summary>Versions 1 to 3 of one SKU in order, each pushed again while it fails, as the sync would.</summary>
    private static async Task PushVersionsAsync(OutboundHarness harness, string channel, string sku)
    {
        for (var version = 1; version <= 3; version++)
        {
            var push = new ChannelPush(channel, sku, version, version, null, $"{channel}:{sku}:{version}");
            PushResult result;
            var attempts = 0;
            do
            {
                result = await harness.Client(channel).PushAsync(push, default);
            }
            while (result.Status != PushStatus.Accepted && ++attempts < 5);

            Assert.True(result.Status == PushStatus.Accepted, $"{channel} {sku}: {result.Error}");
        }
    }
}

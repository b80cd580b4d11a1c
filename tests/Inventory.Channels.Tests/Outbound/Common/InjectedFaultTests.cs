using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Inventory.FakeMarketplaces;

namespace Inventory.Channels.Tests.Outbound.Common;

/// <summary>The fakes' injected throttles and applied timeouts, as the outbound clients meet them.</summary>
public sealed class InjectedFaultTests
{
    private const string Sku = "SKU-1";

    public static TheoryData<string> Channels => [.. ChannelNames.All];

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task PushAsync_InjectedThrottle_ClientSeesThrottledAndNoRealThrottleIsRecorded(string channel)
    {
        await using var harness = await StartAsync(channel, new FaultProfile { ThrottleProbability = 1 });

        var result = await harness.Client(channel).PushAsync(OutboundHarness.Push(channel, Sku, 4), default);

        Assert.True(result.Status == PushStatus.Throttled, $"{result.Status}: {result.Error}");
        Assert.Empty(harness.State.Throttles);
        Assert.Contains(harness.State.Faults, f => f.Channel == channel && f.Kind == FaultKind.Throttle);
        Assert.Empty(harness.State.AcceptedPushes);
    }

    [Fact]
    public async Task PushAsync_AppliedTimeoutWithoutRetry_ChannelHoldsTheQuantityClientSeesAFailure()
    {
        await using var harness = await StartAsync(
            ChannelNames.Walmart, new FaultProfile { AppliedTimeoutProbability = 1 });

        var result = await harness.Client(ChannelNames.Walmart)
            .PushAsync(OutboundHarness.Push(ChannelNames.Walmart, Sku, 6), default);

        Assert.Equal(PushStatus.Failed, result.Status);
        Assert.Equal(6, harness.State.Quantity(ChannelNames.Walmart, Sku));
    }

    [Fact]
    public async Task PushAsync_ShopifyAppliedTimeoutThenRetry_GetsTheKeysFirstAnswerAndAppliesOnce()
    {
        await using var harness = await StartAsync(
            ChannelNames.Shopify, new FaultProfile { AppliedTimeoutProbability = 1 }, retries: 1);

        var result = await harness.Client(ChannelNames.Shopify)
            .PushAsync(OutboundHarness.Push(ChannelNames.Shopify, Sku, 6, key: "shopify:SKU-1:1:from-any"), default);

        Assert.Equal(PushStatus.Accepted, result.Status);
        Assert.Single(harness.State.AcceptedPushes);
        Assert.Equal(2, harness.Requests(ChannelNames.Shopify, "graphql").Count);
    }

    private static async Task<OutboundHarness> StartAsync(string channel, FaultProfile faults, int retries = 0)
    {
        var name = char.ToUpperInvariant(channel[0]) + channel[1..];
        var settings = new Dictionary<string, string?>
        {
            [$"Channels:{name}:Resilience:MaxRetryAttempts"] = retries.ToString(
                System.Globalization.CultureInfo.InvariantCulture),
            ["Channels:Shopify:MaxThrottleRetries"] = "0",
        };

        // Only the applied-timeout tests shorten the attempt timeout: a cold fake's first answer on a loaded machine
        // can take seconds, which the other tests must not mistake for a timeout.
        if (faults.AppliedTimeoutProbability > 0)
        {
            settings[$"Channels:{name}:Resilience:AttemptTimeoutSeconds"] = "4";
        }

        var harness = await OutboundHarness.StartAsync(
            settings, faults with { TimeoutDelay = TimeSpan.FromSeconds(8) });
        await harness.Listings.SetAsync(new ChannelListing(ChannelNames.Shopify, Sku)
        {
            InventoryItemId = "101", LocationId = "1",
        });
        await harness.Listings.SetAsync(new ChannelListing(ChannelNames.Tiktok, Sku)
        {
            ProductId = "P", SkuId = "S1", WarehouseId = "W",
        });
        return harness;
    }
}

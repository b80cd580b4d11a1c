using System.Text.Json.Nodes;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Outbound.Common;
using Inventory.Core.Sync;
using Inventory.FakeMarketplaces;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Outbound.Shopify;

[Collection(OutboundPacing.Name)]
public sealed class ShopifyInventoryClientTests
{
    private const string Sku = "SKU-1";
    private static readonly string Item = FakeItems.Shopify("111", "222");

    [Fact]
    public async Task PushAsync_Listed_SendsInventorySetQuantitiesWithChangeFromAndKey()
    {
        await using var harness = await StartAsync();
        harness.State.SetQuantity(ChannelNames.Shopify, Item, 4);

        var result = await Client(harness).PushAsync(
            OutboundHarness.Push(ChannelNames.Shopify, Sku, 9, expected: 4, key: "push-\"1\""), default);

        Assert.Equal(PushStatus.Accepted, result.Status);
        var request = Assert.Single(harness.Requests(ChannelNames.Shopify, "graphql"));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/admin/api/2026-04/graphql.json", request.Path);
        Assert.Equal("shpat_fake", request.Header("X-Shopify-Access-Token"));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Contains("inventorySetQuantities(input: $input) @idempotent(key: \"push-\\\"1\\\"\")",
            body["query"]!.GetValue<string>(), StringComparison.Ordinal);
        var input = body["variables"]!["input"]!;
        Assert.Equal("available", input["name"]!.GetValue<string>());
        Assert.Equal("correction", input["reason"]!.GetValue<string>());
        var quantity = input["quantities"]![0]!;
        Assert.Equal("gid://shopify/InventoryItem/111", quantity["inventoryItemId"]!.GetValue<string>());
        Assert.Equal("gid://shopify/Location/222", quantity["locationId"]!.GetValue<string>());
        Assert.Equal(9, quantity["quantity"]!.GetValue<int>());
        Assert.Equal(4, quantity["changeFromQuantity"]!.GetValue<int>());
        Assert.Equal(9, harness.State.Quantity(ChannelNames.Shopify, Item));
        Assert.Equal("push-\"1\"", Assert.Single(harness.State.AcceptedPushes).IdempotencyKey);
    }

    [Fact]
    public async Task PushAsync_NoExpectedQuantity_SendsExplicitNullChangeFrom()
    {
        await using var harness = await StartAsync();

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Shopify, Sku, 3), default);

        Assert.Equal(PushStatus.Accepted, result.Status);
        var body = Assert.Single(harness.Requests(ChannelNames.Shopify, "graphql")).Body;
        Assert.Contains("\"changeFromQuantity\":null", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushAsync_ChannelQuantityDiffers_ReturnsStaleCompareWithCurrentQuantity()
    {
        await using var harness = await StartAsync();
        harness.State.SetQuantity(ChannelNames.Shopify, Item, 7);

        var result = await Client(harness).PushAsync(
            OutboundHarness.Push(ChannelNames.Shopify, Sku, 2, expected: 5), default);

        Assert.Equal(PushStatus.StaleCompare, result.Status);
        Assert.Equal(7, result.ChannelQuantity);
        Assert.Equal(7, harness.State.Quantity(ChannelNames.Shopify, Item));
    }

    [Fact]
    public async Task PushAsync_StaleCompareFault_ReturnsStaleCompare()
    {
        await using var harness = await StartAsync(faults: new FaultProfile { StaleCompareProbability = 1 });
        harness.State.SetQuantity(ChannelNames.Shopify, Item, 5);

        var result = await Client(harness).PushAsync(
            OutboundHarness.Push(ChannelNames.Shopify, Sku, 3, expected: 5), default);

        Assert.Equal(PushStatus.StaleCompare, result.Status);
        Assert.Equal(4, result.ChannelQuantity);
        Assert.Contains(harness.State.Faults, f => f.Kind == FaultKind.StaleCompare);
    }

    [Fact]
    public async Task PushAsync_NoListing_ReturnsNotListedWithoutCalling()
    {
        await using var harness = await OutboundHarness.StartAsync();

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Shopify, Sku, 3), default);

        Assert.Equal(PushStatus.NotListed, result.Status);
        Assert.Empty(harness.State.Requests);
    }

    [Fact]
    public async Task PushAsync_SameIdempotencyKeyTwice_AppliesOnce()
    {
        await using var harness = await StartAsync();
        var push = OutboundHarness.Push(ChannelNames.Shopify, Sku, 6, key: "same-key");

        var first = await Client(harness).PushAsync(push, default);
        var second = await Client(harness).PushAsync(push, default);

        Assert.Equal(PushStatus.Accepted, first.Status);
        Assert.Equal(PushStatus.Accepted, second.Status);
        Assert.Single(harness.State.AcceptedPushes);
    }

    [Fact]
    public async Task PushAsync_SameKeyWhileFirstInFlight_RetriesConcurrentRequestAndAppliesOnce()
    {
        await using var harness = await StartAsync(faults: new FaultProfile
        {
            LatencyProbability = 1,
            Latency = TimeSpan.FromMilliseconds(300),
        });
        var push = OutboundHarness.Push(ChannelNames.Shopify, Sku, 6, key: "in-flight");

        var results = await Task.WhenAll(
            Client(harness).PushAsync(push, default), Client(harness).PushAsync(push, default));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        Assert.Single(harness.State.AcceptedPushes);
        Assert.True(harness.Requests(ChannelNames.Shopify, "graphql").Count >= 3);
    }

    [Fact]
    public async Task PushAsync_OlderApiVersion_SendsCompareQuantity()
    {
        await using var harness = await StartAsync(new Dictionary<string, string?>
        {
            ["Channels:Shopify:ApiVersion"] = "2025-10",
            ["Channels:Shopify:SendIdempotencyKey"] = "false",
        });
        harness.State.SetQuantity(ChannelNames.Shopify, Item, 4);

        var result = await Client(harness).PushAsync(
            OutboundHarness.Push(ChannelNames.Shopify, Sku, 8, expected: 4), default);

        Assert.Equal(PushStatus.Accepted, result.Status);
        var request = Assert.Single(harness.Requests(ChannelNames.Shopify, "graphql"));
        Assert.Equal("/admin/api/2025-10/graphql.json", request.Path);
        var input = JsonNode.Parse(request.Body)!["variables"]!["input"]!;
        Assert.False(input["ignoreCompareQuantity"]!.GetValue<bool>());
        Assert.Equal(4, input["quantities"]![0]!["compareQuantity"]!.GetValue<int>());
        Assert.DoesNotContain("@idempotent", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushAsync_BurstOverCostBucket_PacesWithoutThrottles()
    {
        await using var harness = await StartAsync(
            fakeOptions: new FakeMarketplaceOptions { ShopifyBucketSize = 50, ShopifyRestoreRate = 100 });
        for (var index = 0; index < 25; index++)
        {
            await harness.Listings.SetAsync(Listing($"SKU-{index}", $"{1000 + index}"));
        }

        await harness.WarmUpAsync(OutboundHarness.Push(ChannelNames.Shopify, Sku, 1), TimeSpan.FromSeconds(0.6));
        var results = await Task.WhenAll(Enumerable.Range(0, 25).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Shopify, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        Assert.Empty(harness.State.Throttles);
    }

    [Fact]
    public async Task PushAsync_BucketDrainedElsewhere_WaitsForThrottleStatusAndSucceeds()
    {
        await using var harness = await StartAsync(
            new Dictionary<string, string?> { ["Channels:Shopify:CostBucketSize"] = "1000" },
            fakeOptions: new FakeMarketplaceOptions { ShopifyBucketSize = 30, ShopifyRestoreRate = 100 });
        for (var index = 0; index < 8; index++)
        {
            await harness.Listings.SetAsync(Listing($"SKU-{index}", $"{1000 + index}"));
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Shopify, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        Assert.NotEmpty(harness.State.Throttles);
    }

    [Fact]
    public async Task ReadQuantityAsync_Listed_ReadsAvailable()
    {
        await using var harness = await StartAsync();
        harness.State.SetQuantity(ChannelNames.Shopify, Item, 12);

        var quantity = await Client(harness).ReadQuantityAsync(Sku, default);

        Assert.Equal(12, quantity);
    }

    [Fact]
    public async Task PushAsync_NotConfigured_FailsNamingTheSetting()
    {
        await using var harness = await StartAsync(new Dictionary<string, string?>
        {
            ["Channels:Shopify:ApiBaseUrl"] = null,
        });

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Shopify, Sku, 1), default);

        Assert.Equal(PushStatus.Failed, result.Status);
        Assert.Contains("Channels:Shopify:ApiBaseUrl", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushAsync_OnALease_SendsWithoutChargingTheCostBucketAgain()
    {
        // A frozen clock and a bucket of one mutation: a call charged again would wait for points forever.
        await using var harness = await StartAsync(
            new Dictionary<string, string?> { ["Channels:Shopify:CostBucketSize"] = "10" },
            time: new FakeTimeProvider(DateTimeOffset.UtcNow));
        using var lease = await Client(harness).AcquirePushLeaseAsync(default);

        var result = await Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Shopify, Sku, 6), lease, default)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.Status == PushStatus.Accepted, result.Error);
        Assert.False(lease.IsHeld);
        Assert.Equal(6, harness.State.Quantity(ChannelNames.Shopify, Item));
    }

    [Fact]
    public async Task AcquirePushLeaseAsync_LeaseGivenBackUnspent_NextPushGetsThePoints()
    {
        await using var harness = await StartAsync(
            new Dictionary<string, string?> { ["Channels:Shopify:CostBucketSize"] = "10" },
            time: new FakeTimeProvider(DateTimeOffset.UtcNow));
        var lease = await Client(harness).AcquirePushLeaseAsync(default);

        lease.Dispose();
        var result = await Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Shopify, Sku, 6), default)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.Status == PushStatus.Accepted, result.Error);
    }

    private static async Task<OutboundHarness> StartAsync(
        IDictionary<string, string?>? settings = null,
        FaultProfile? faults = null,
        FakeMarketplaceOptions? fakeOptions = null,
        TimeProvider? time = null)
    {
        var harness = await OutboundHarness.StartAsync(settings, faults, fakeOptions, time);
        await harness.Listings.SetAsync(Listing(Sku, "111"));
        return harness;
    }

    private static ChannelListing Listing(string sku, string item) =>
        new(ChannelNames.Shopify, sku) { InventoryItemId = item, LocationId = "gid://shopify/Location/222" };

    private static IChannelInventoryClient Client(OutboundHarness harness) => harness.Client(ChannelNames.Shopify);
}

using System.Text.Json.Nodes;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Outbound.Common;
using Inventory.Core.Sync;
using Inventory.FakeMarketplaces;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Outbound.Amazon;

[Collection(OutboundPacing.Name)]
public sealed class AmazonInventoryClientTests
{
    [Fact]
    public async Task PushAsync_Sku_PatchesFulfillmentAvailability()
    {
        await using var harness = await OutboundHarness.StartAsync();

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Amazon, "SKU-1", 5), default);

        Assert.True(result.Status == PushStatus.Accepted, result.Error);
        var request = Assert.Single(harness.Requests(ChannelNames.Amazon, "/listings/"));
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/listings/2021-08-01/items/A1FAKESELLER/SKU-1", request.Path);
        Assert.Equal("?marketplaceIds=ATVPDKIKX0DER", request.Query);
        Assert.StartsWith("Atza|fake-", request.Header("x-amz-access-token"), StringComparison.Ordinal);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("PRODUCT", body["productType"]!.GetValue<string>());
        var patch = body["patches"]![0]!;
        Assert.Equal("replace", patch["op"]!.GetValue<string>());
        Assert.Equal("/attributes/fulfillment_availability", patch["path"]!.GetValue<string>());
        Assert.Equal("DEFAULT", patch["value"]![0]!["fulfillment_channel_code"]!.GetValue<string>());
        Assert.Equal(5, patch["value"]![0]!["quantity"]!.GetValue<int>());
        Assert.Equal(5, harness.State.Quantity(ChannelNames.Amazon, "SKU-1"));
    }

    [Fact]
    public async Task PushAsync_ListingNamesOtherSeller_UsesListingIdentifiers()
    {
        await using var harness = await OutboundHarness.StartAsync();
        await harness.Listings.SetAsync(new ChannelListing(ChannelNames.Amazon, "SKU-1")
        {
            SellerId = "A2OTHER",
            MarketplaceId = "A2EUQ1WTGCTBG2",
            ChannelSku = "AMZ-SKU-1",
        });

        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Amazon, "SKU-1", 2), default);

        var request = Assert.Single(harness.Requests(ChannelNames.Amazon, "/listings/"));
        Assert.Equal("/listings/2021-08-01/items/A2OTHER/AMZ-SKU-1", request.Path);
        Assert.Equal("?marketplaceIds=A2EUQ1WTGCTBG2", request.Query);
    }

    [Fact]
    public async Task PushAsync_ManyPushes_ExchangesOneRefreshToken()
    {
        await using var harness = await OutboundHarness.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Amazon, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        Assert.Equal(1, harness.State.TokenRequests(ChannelNames.Amazon));
        var token = Assert.Single(harness.Requests(ChannelNames.Amazon, "/auth/o2/token"));
        Assert.Contains("grant_type=refresh_token", token.Body, StringComparison.Ordinal);
        Assert.Contains("client_id=amzn-client", token.Body, StringComparison.Ordinal);
        Assert.Contains("refresh_token=Atzr%7Cfake", token.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushAsync_TokenCloseToExpiry_ExchangesAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await OutboundHarness.StartAsync(time: time);
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Amazon, "SKU-1", 1), default);

        time.Advance(TimeSpan.FromMinutes(58));
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Amazon, "SKU-1", 2), default);
        time.Advance(TimeSpan.FromSeconds(61));
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Amazon, "SKU-1", 3), default);

        Assert.Equal(2, harness.State.TokenRequests(ChannelNames.Amazon));
    }

    [Fact]
    public async Task PushAsync_BurstOfPushes_StaysUnderTheRateLimit()
    {
        await using var harness = await OutboundHarness.StartAsync();
        await harness.WarmUpAsync(OutboundHarness.Push(ChannelNames.Amazon, "WARM", 1), TimeSpan.FromSeconds(1.1));

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Amazon, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        Assert.Empty(harness.State.Throttles);
    }

    [Fact]
    public async Task PushAsync_LimiterAboveChannelLimit_RetriesAfterReportedRate()
    {
        await using var harness = await OutboundHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Channels:Amazon:Resilience:RequestsPerSecond"] = "100",
            ["Channels:Amazon:Resilience:Burst"] = "100",
            ["Channels:Amazon:Resilience:MaxRetryAttempts"] = "10",
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 7).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Amazon, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        Assert.NotEmpty(harness.State.Throttles);
    }

    [Fact]
    public async Task PushAsync_ChannelReportsLowerRate_SlowsTheLimiterToIt()
    {
        await using var harness = await OutboundHarness.StartAsync(
            fakeOptions: new FakeMarketplaceOptions { AmazonLimit = (2, 2) });
        await harness.WarmUpAsync(OutboundHarness.Push(ChannelNames.Amazon, "WARM", 1), TimeSpan.FromSeconds(1.1));

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Amazon, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        Assert.Empty(harness.State.Throttles);
    }

    [Fact]
    public async Task ReadQuantityAsync_Listed_ReadsDefaultChannelQuantity()
    {
        await using var harness = await OutboundHarness.StartAsync();
        harness.State.SetQuantity(ChannelNames.Amazon, "SKU-1", 14);

        var quantity = await Client(harness).ReadQuantityAsync("SKU-1", default);

        Assert.Equal(14, quantity);
        var request = Assert.Single(harness.Requests(ChannelNames.Amazon, "/listings/"));
        Assert.Contains("includedData=fulfillmentAvailability", request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadQuantityAsync_UnknownSku_ReturnsNull()
    {
        await using var harness = await OutboundHarness.StartAsync();

        var quantity = await Client(harness).ReadQuantityAsync("SKU-404", default);

        Assert.Null(quantity);
    }

    [Fact]
    public async Task PushAsync_WrongLwaSecret_FailsNamingTheSettings()
    {
        await using var harness = await OutboundHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Channels:Amazon:LwaClientSecret"] = "wrong",
        });

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Amazon, "SKU-1", 1), default);

        Assert.Equal(PushStatus.Failed, result.Status);
        Assert.Contains("LwaClientSecret", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushAsync_OnALease_SendsWithoutWaitingForASecondToken()
    {
        // A frozen clock and a bucket of one: a push that asked for a token of its own would never get one.
        await using var harness = await OutboundHarness.StartAsync(
            new Dictionary<string, string?> { ["Channels:Amazon:Resilience:Burst"] = "1" },
            time: new FakeTimeProvider(DateTimeOffset.UtcNow));
        using var lease = await Client(harness).AcquirePushLeaseAsync(default);

        var result = await Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Amazon, "SKU-1", 4), lease, default)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.Status == PushStatus.Accepted, result.Error);
        Assert.False(lease.IsHeld);
        Assert.Equal(4, harness.State.Quantity(ChannelNames.Amazon, "SKU-1"));
    }

    [Fact]
    public async Task AcquirePushLeaseAsync_LeaseGivenBackUnspent_NextPushGetsTheToken()
    {
        await using var harness = await OutboundHarness.StartAsync(
            new Dictionary<string, string?> { ["Channels:Amazon:Resilience:Burst"] = "1" },
            time: new FakeTimeProvider(DateTimeOffset.UtcNow));
        var lease = await Client(harness).AcquirePushLeaseAsync(default);

        lease.Dispose();
        var result = await Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Amazon, "SKU-1", 4), default)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.Status == PushStatus.Accepted, result.Error);
    }

    private static IChannelInventoryClient Client(OutboundHarness harness) => harness.Client(ChannelNames.Amazon);
}

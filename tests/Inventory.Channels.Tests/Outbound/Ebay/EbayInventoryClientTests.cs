using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Outbound.Common;
using Inventory.Core.Sync;
using Inventory.FakeMarketplaces;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Inventory.Channels.Tests.Outbound.Ebay;

public sealed class EbayInventoryClientTests
{
    [Fact]
    public async Task PushAsync_Sku_SendsBulkUpdateWithBearerToken()
    {
        await using var harness = await OutboundHarness.StartAsync();

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-1", 4), default);

        Assert.Equal(PushStatus.Accepted, result.Status);
        var request = Assert.Single(harness.Requests(ChannelNames.Ebay, "/sell/"));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/sell/inventory/v1/bulk_update_price_quantity", request.Path);
        Assert.StartsWith("Bearer v^1.1#i^1#fake-", request.Header("Authorization"), StringComparison.Ordinal);
        var entry = Assert.Single(JsonNode.Parse(request.Body)!["requests"]!.AsArray())!;
        Assert.Equal("SKU-1", entry["sku"]!.GetValue<string>());
        Assert.Equal(4, entry["shipToLocationAvailability"]!["quantity"]!.GetValue<int>());
        Assert.Equal(4, harness.State.Quantity(ChannelNames.Ebay, "SKU-1"));
    }

    [Fact]
    public async Task PushAsync_ConcurrentPushes_BatchesUpToTwentyFivePerCall()
    {
        await using var harness = await OutboundHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Channels:Ebay:BatchWindowMilliseconds"] = "50",
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Ebay, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        var calls = harness.Requests(ChannelNames.Ebay, "bulk_update_price_quantity");
        Assert.InRange(calls.Count, 2, 4);
        Assert.All(calls, call => Assert.InRange(JsonNode.Parse(call.Body)!["requests"]!.AsArray().Count, 1, 25));
        Assert.All(Enumerable.Range(0, 40), index =>
            Assert.Equal(index, harness.State.Quantity(ChannelNames.Ebay, $"SKU-{index}")));
    }

    [Fact]
    public async Task PushAsync_SameSkuTwiceTogether_SendsInOrderInSeparateCalls()
    {
        await using var harness = await OutboundHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Channels:Ebay:BatchWindowMilliseconds"] = "50",
        });

        var first = Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-1", 1), default);
        var second = Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-1", 2), default);
        await Task.WhenAll(first, second);

        Assert.Equal(2, harness.Requests(ChannelNames.Ebay, "bulk_update_price_quantity").Count);
        Assert.Equal([1, 2], harness.State.AcceptedPushes.Select(p => p.Quantity));
        Assert.Equal(2, harness.State.Quantity(ChannelNames.Ebay, "SKU-1"));
    }

    [Fact]
    public async Task PushAsync_ManyPushes_OneRefreshTokenCall()
    {
        await using var harness = await OutboundHarness.StartAsync();

        for (var index = 0; index < 3; index++)
        {
            await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-1", index), default);
        }

        var token = Assert.Single(harness.Requests(ChannelNames.Ebay, "/identity/v1/oauth2/token"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ebay-client:ebay-secret")),
            token.Header("Authorization"));
        Assert.Contains("grant_type=refresh_token", token.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope%2Fsell.inventory", token.Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushAsync_TokenExpired_RefreshesOnce()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await OutboundHarness.StartAsync(
            new Dictionary<string, string?> { ["Channels:Ebay:BatchWindowMilliseconds"] = "0" }, time: time);
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-1", 1), default);

        time.Advance(TimeSpan.FromHours(2));
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-1", 2), default);
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-1", 3), default);

        Assert.Equal(2, harness.State.TokenRequests(ChannelNames.Ebay));
    }

    [Fact]
    public async Task PushAsync_Throttled_WaitsForRetryAfter()
    {
        await using var harness = await OutboundHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Channels:Ebay:BatchWindowMilliseconds"] = "0",
                ["Channels:Ebay:Resilience:RequestsPerSecond"] = "100",
                ["Channels:Ebay:Resilience:Burst"] = "100",
            },
            fakeOptions: new FakeMarketplaceOptions { EbayLimit = (1, 1) });
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-1", 1), default);
        var clock = Stopwatch.StartNew();

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-1", 2), default);

        Assert.Equal(PushStatus.Accepted, result.Status);
        Assert.Single(harness.State.Throttles);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task PushAsync_OneItemRefused_AnswersEachSkuFromItsOwnStatus()
    {
        using var ebay = WireMockServer.Start();
        ebay.Given(Request.Create().WithPath("/sell/inventory/v1/bulk_update_price_quantity").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(207).WithHeader("Content-Type", "application/json")
                .WithBody("""
                    {"responses": [
                      {"statusCode": 200, "sku": "SKU-A", "errors": [], "warnings": []},
                      {"statusCode": 400, "sku": "SKU-B",
                       "errors": [{"errorId": 25002, "message": "A user error has occurred."}]}
                    ]}
                    """));
        await using var harness = await OutboundHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Channels:Ebay:ApiBaseUrl"] = ebay.Urls[0],
            ["Channels:Ebay:ClientId"] = string.Empty,
            ["Channels:Ebay:AccessToken"] = "fixed-token",
            ["Channels:Ebay:BatchWindowMilliseconds"] = "50",
        });

        var results = await Task.WhenAll(
            Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-A", 1), default),
            Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Ebay, "SKU-B", 2), default));

        Assert.Equal(PushStatus.Accepted, results[0].Status);
        Assert.Equal(PushStatus.Failed, results[1].Status);
        Assert.Contains("25002", results[1].Error, StringComparison.Ordinal);
        var call = Assert.Single(ebay.LogEntries);
        Assert.Equal("Bearer fixed-token", call.RequestMessage.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task ReadQuantityAsync_Seeded_ReadsShipToLocationQuantity()
    {
        await using var harness = await OutboundHarness.StartAsync();
        harness.State.SetQuantity(ChannelNames.Ebay, "SKU-1", 9);

        var quantity = await Client(harness).ReadQuantityAsync("SKU-1", default);

        Assert.Equal(9, quantity);
    }

    private static IChannelInventoryClient Client(OutboundHarness harness) => harness.Client(ChannelNames.Ebay);
}

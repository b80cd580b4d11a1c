using System.Text;
using System.Text.Json.Nodes;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Outbound.Common;
using Inventory.Core.Sync;
using Inventory.FakeMarketplaces;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Outbound.Walmart;

[Collection(OutboundPacing.Name)]
public sealed class WalmartInventoryClientTests
{
    [Fact]
    public async Task PushAsync_Sku_PutsInventoryWithServiceHeaders()
    {
        await using var harness = await OutboundHarness.StartAsync();

        var first = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Walmart, "SKU 1", 5), default);
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Walmart, "SKU 1", 6), default);

        Assert.Equal(PushStatus.Accepted, first.Status);
        var requests = harness.Requests(ChannelNames.Walmart, "/v3/inventory");
        Assert.Equal(2, requests.Count);
        var request = requests[0];
        Assert.Equal("PUT", request.Method);
        Assert.Equal("?sku=SKU%201", request.Query);
        Assert.StartsWith("wm-fake-", request.Header("WM_SEC.ACCESS_TOKEN"), StringComparison.Ordinal);
        Assert.Equal("Walmart Marketplace", request.Header("WM_SVC.NAME"));
        Assert.True(Guid.TryParse(request.Header("WM_QOS.CORRELATION_ID"), out _));
        Assert.NotEqual(request.Header("WM_QOS.CORRELATION_ID"), requests[1].Header("WM_QOS.CORRELATION_ID"));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("SKU 1", body["sku"]!.GetValue<string>());
        Assert.Equal("EACH", body["quantity"]!["unit"]!.GetValue<string>());
        Assert.Equal(5, body["quantity"]!["amount"]!.GetValue<int>());
        Assert.Equal(6, harness.State.Quantity(ChannelNames.Walmart, "SKU 1"));
    }

    [Fact]
    public async Task PushAsync_ManyPushes_OneClientCredentialsToken()
    {
        await using var harness = await OutboundHarness.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Walmart, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        var token = Assert.Single(harness.Requests(ChannelNames.Walmart, "/v3/token"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("wm-client:wm-secret")),
            token.Header("Authorization"));
        Assert.Equal("grant_type=client_credentials", token.Body);
        Assert.NotNull(token.Header("WM_QOS.CORRELATION_ID"));
    }

    [Fact]
    public async Task PushAsync_TokenWithinRefreshMargin_FetchesNewToken()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await OutboundHarness.StartAsync(time: time);
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Walmart, "SKU-1", 1), default);

        time.Advance(TimeSpan.FromSeconds(830));
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Walmart, "SKU-1", 2), default);
        Assert.Equal(1, harness.State.TokenRequests(ChannelNames.Walmart));
        time.Advance(TimeSpan.FromSeconds(20));
        await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Walmart, "SKU-1", 3), default);

        Assert.Equal(2, harness.State.TokenRequests(ChannelNames.Walmart));
    }

    [Fact]
    public async Task PushAsync_BurstOfPushes_StaysUnderTheRateLimit()
    {
        await using var harness = await OutboundHarness.StartAsync();
        await harness.WarmUpAsync(OutboundHarness.Push(ChannelNames.Walmart, "WARM", 1), TimeSpan.FromSeconds(1.1));

        var results = await Task.WhenAll(Enumerable.Range(0, 25).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Walmart, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        Assert.Empty(harness.State.Throttles);
    }

    [Fact]
    public async Task PushAsync_LimiterAboveChannelLimit_WaitsForReplenishTime()
    {
        await using var harness = await OutboundHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Channels:Walmart:Resilience:RequestsPerSecond"] = "200",
                ["Channels:Walmart:Resilience:Burst"] = "200",
                ["Channels:Walmart:Resilience:MaxRetryAttempts"] = "10",
            },
            fakeOptions: new FakeMarketplaceOptions { WalmartLimit = (20, 2) });

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Walmart, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        Assert.NotEmpty(harness.State.Throttles);
    }

    [Fact]
    public async Task PushAsync_RepeatedServerErrors_OpensTheCircuit()
    {
        await using var harness = await OutboundHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Channels:Walmart:Resilience:MaxRetryAttempts"] = "0",
                ["Channels:Walmart:Resilience:BreakerMinimumThroughput"] = "3",
                ["Channels:Walmart:Resilience:BreakerBreakSeconds"] = "30",
            },
            new FaultProfile { ServerErrorProbability = 1 });

        var results = new List<PushResult>();
        for (var index = 0; index < 8; index++)
        {
            results.Add(await Client(harness).PushAsync(
                OutboundHarness.Push(ChannelNames.Walmart, "SKU-1", index), default));
        }

        Assert.All(results, result => Assert.Equal(PushStatus.Failed, result.Status));
        Assert.Contains("503", results[0].Error, StringComparison.Ordinal);
        Assert.Contains("circuit is open", results[^1].Error, StringComparison.Ordinal);
        Assert.True(harness.Requests(ChannelNames.Walmart, "/v3/inventory").Count < 8);
    }

    [Fact]
    public async Task PushAsync_TimeoutFault_FailsWithinTheAttemptTimeout()
    {
        await using var harness = await OutboundHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Channels:Walmart:Resilience:MaxRetryAttempts"] = "1",
                ["Channels:Walmart:Resilience:AttemptTimeoutSeconds"] = "0.3",
            },
            new FaultProfile { TimeoutProbability = 1 });

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Walmart, "SKU-1", 1), default);

        Assert.Equal(PushStatus.Failed, result.Status);
        Assert.Contains("in time", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, harness.Requests(ChannelNames.Walmart, "/v3/inventory").Count);
    }

    [Fact]
    public async Task ReadQuantityAsync_Seeded_ReadsAmount()
    {
        await using var harness = await OutboundHarness.StartAsync();
        harness.State.SetQuantity(ChannelNames.Walmart, "SKU-1", 31);

        var quantity = await Client(harness).ReadQuantityAsync("SKU-1", default);

        Assert.Equal(31, quantity);
    }

    private static IChannelInventoryClient Client(OutboundHarness harness) => harness.Client(ChannelNames.Walmart);
}

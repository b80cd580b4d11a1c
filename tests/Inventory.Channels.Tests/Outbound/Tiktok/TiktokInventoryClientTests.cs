using System.Text.Json.Nodes;
using System.Web;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Outbound.Common;
using Inventory.Core.Sync;
using Inventory.FakeMarketplaces;

namespace Inventory.Channels.Tests.Outbound.Tiktok;

[Collection(OutboundPacing.Name)]
public sealed class TiktokInventoryClientTests
{
    private const string Sku = "SKU-1";

    [Fact]
    public async Task PushAsync_Listed_SendsSignedInventoryUpdate()
    {
        await using var harness = await StartAsync();

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Tiktok, Sku, 8), default);

        Assert.True(result.Status == PushStatus.Accepted, result.Error);
        var request = Assert.Single(harness.Requests(ChannelNames.Tiktok, "/inventory/update"));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/product/202309/products/P1/inventory/update", request.Path);
        var query = HttpUtility.ParseQueryString(request.Query);
        Assert.Equal("tts-app", query["app_key"]);
        Assert.Equal("tts-cipher", query["shop_cipher"]);
        Assert.True(long.TryParse(query["timestamp"], out _));
        Assert.Matches("^[0-9a-f]{64}$", query["sign"]);
        Assert.Equal("tts-token", request.Header("x-tts-access-token"));
        var sku = JsonNode.Parse(request.Body)!["skus"]![0]!;
        Assert.Equal("S1", sku["id"]!.GetValue<string>());
        Assert.Equal("W1", sku["inventory"]![0]!["warehouse_id"]!.GetValue<string>());
        Assert.Equal(8, sku["inventory"]![0]!["quantity"]!.GetValue<int>());
        Assert.Equal(8, harness.State.Quantity(ChannelNames.Tiktok, FakeItems.Tiktok("P1", "S1", "W1")));
    }

    [Fact]
    public async Task PushAsync_WrongAppSecret_FailsAsRefusedCredentials()
    {
        await using var harness = await StartAsync(new Dictionary<string, string?>
        {
            ["Channels:Tiktok:AppSecret"] = "not-the-secret",
        });

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Tiktok, Sku, 8), default);

        Assert.Equal(PushStatus.Failed, result.Status);
        Assert.Contains("401", result.Error, StringComparison.Ordinal);
        Assert.Empty(harness.State.AcceptedPushes);
    }

    [Fact]
    public async Task PushAsync_NoListing_ReturnsNotListed()
    {
        await using var harness = await OutboundHarness.StartAsync();

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Tiktok, Sku, 8), default);

        Assert.Equal(PushStatus.NotListed, result.Status);
        Assert.Empty(harness.State.Requests);
    }

    [Fact]
    public async Task PushAsync_NoShopCipher_FailsNamingTheSetting()
    {
        await using var harness = await StartAsync(new Dictionary<string, string?>
        {
            ["Channels:Tiktok:ShopCipher"] = null,
        });

        var result = await Client(harness).PushAsync(OutboundHarness.Push(ChannelNames.Tiktok, Sku, 8), default);

        Assert.Equal(PushStatus.Failed, result.Status);
        Assert.Contains("Channels:Tiktok:ShopCipher", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushAsync_BurstOfPushes_StaysUnderTheRateLimit()
    {
        await using var harness = await StartAsync();
        for (var index = 0; index < 20; index++)
        {
            await harness.Listings.SetAsync(Listing($"SKU-{index}", $"S{index}"));
        }

        await harness.WarmUpAsync(OutboundHarness.Push(ChannelNames.Tiktok, Sku, 1), TimeSpan.FromSeconds(1.1));
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(index => Client(harness)
            .PushAsync(OutboundHarness.Push(ChannelNames.Tiktok, $"SKU-{index}", index), default)));

        Assert.All(results, result => Assert.Equal(PushStatus.Accepted, result.Status));
        Assert.Empty(harness.State.Throttles);
    }

    [Fact]
    public async Task ReadQuantityAsync_AfterPush_ReadsWarehouseQuantity()
    {
        await using var harness = await StartAsync();
        harness.State.SetQuantity(ChannelNames.Tiktok, FakeItems.Tiktok("P1", "S1", "W1"), 17);

        var quantity = await Client(harness).ReadQuantityAsync(Sku, default);

        Assert.Equal(17, quantity);
    }

    private static async Task<OutboundHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var harness = await OutboundHarness.StartAsync(settings);
        await harness.Listings.SetAsync(Listing(Sku, "S1"));
        return harness;
    }

    private static ChannelListing Listing(string sku, string skuId) =>
        new(ChannelNames.Tiktok, sku) { ProductId = "P1", SkuId = skuId, WarehouseId = "W1" };

    private static IChannelInventoryClient Client(OutboundHarness harness) => harness.Client(ChannelNames.Tiktok);
}

using System.Text;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;

namespace Inventory.Channels.Tests.Tiktok;

public sealed class TiktokWebhookChannelTests : IDisposable
{
    private const string AppKey = "tt-app-key";
    private const string AppSecret = "tt-app-secret";
    private const string ShopCipher = "tt-shop-cipher";

    private readonly FakeApi _api = new();
    private readonly ChannelHarness _harness;

    public TiktokWebhookChannelTests()
    {
        _api.Json("/order/202309/orders", Deliveries.FixtureText("tiktok", "order-detail.json"));
        _harness = ChannelHarness.Create(
            new Dictionary<string, string?>
            {
                ["Channels:Tiktok:AppKey"] = AppKey,
                ["Channels:Tiktok:AppSecret"] = AppSecret,
                ["Channels:Tiktok:ApiBaseUrl"] = _api.Url,
                ["Channels:Tiktok:AccessToken"] = "tts-token",
                ["Channels:Tiktok:ShopCipher"] = ShopCipher,
            },
            new FakeListingMap());
    }

    public void Dispose()
    {
        _harness.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task VerifyAsync_KnownVector_IsAuthentic()
    {
        // Computed once: hex(HMAC-SHA256(app secret, app key + body)).
        var request = Deliveries.Post(
            "tiktok",
            "{\"id\":1}",
            ("Authorization", "e072a9c841b75887415957b777d42853aa5be8d0215ccbf263b2cf172f8ae154"));

        Assert.True((await Channel().VerifyAsync(request, default)).IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_SignatureOverFixture_IsAuthentic()
    {
        var body = Deliveries.Fixture("tiktok", "order-status-change.json");
        var signature = Signatures.HmacHex(AppSecret, Signatures.Concat(AppKey, body));

        var request = Deliveries.Post("tiktok", body, ("Authorization", signature));

        var result = await Channel().VerifyAsync(request, default);

        Assert.True(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_SignedWithoutAppKey_IsRefused()
    {
        var body = Deliveries.Fixture("tiktok", "order-status-change.json");

        var result = await Channel().VerifyAsync(
            Deliveries.Post("tiktok", body, ("Authorization", Signatures.HmacHex(AppSecret, body))), default);

        Assert.False(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_PrefixTurnedOff_SignsTheBodyAlone()
    {
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Tiktok:AppSecret"] = AppSecret,
            ["Channels:Tiktok:SignAppKeyPrefix"] = "false",
            ["Channels:Tiktok:SignatureHeaderName"] = "X-Tts-Signature",
        });
        var body = Encoding.UTF8.GetBytes("{}");

        var result = await harness.Channel(ChannelNames.Tiktok)
            .VerifyAsync(
                Deliveries.Post("tiktok", body, ("X-Tts-Signature", Signatures.HmacHex(AppSecret, body))), default);

        Assert.True(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_MissingSignature_IsRefused()
    {
        Assert.False((await Channel().VerifyAsync(Deliveries.Post("tiktok", "{}"), default)).IsAuthentic);
    }

    [Fact]
    public async Task ParseAsync_AwaitingShipment_CommitsEachUnitLine()
    {
        var result = await Parse(Deliveries.FixtureText("tiktok", "order-status-change.json"));

        Assert.Equal(
            [
                "tiktok:order:576000000000000001:line:577000000000000001:commit",
                "tiktok:order:576000000000000001:line:577000000000000002:commit",
            ],
            result.Movements.Select(m => m.Id));
        Assert.All(
            result.Movements,
            m => Assert.Equal((MovementKind.OrderLineCommitted, "MUG-BLUE", 1), (m.Kind, m.Sku, m.Quantity)));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795622390), result.Movements[0].OccurredAt);
    }

    [Fact]
    public async Task ParseAsync_LineWithoutSellerSku_IsUnmappedBySkuId()
    {
        var result = await Parse(Deliveries.FixtureText("tiktok", "order-status-change.json"));

        Assert.Equal("1729000000000000009", Assert.Single(result.Unmapped).ExternalId);
    }

    [Fact]
    public async Task ParseAsync_OrderFetch_SendsTokenAndOrderId()
    {
        await Parse(Deliveries.FixtureText("tiktok", "order-status-change.json"));

        var request = Assert.Single(_api.Entries).RequestMessage;
        Assert.Equal("576000000000000001", request.Query!["ids"].Single());
        Assert.Equal("tts-token", request.Headers!["x-tts-access-token"].Single());
    }

    [Fact]
    public async Task ParseAsync_OrderFetch_IsSignedOverItsParameters()
    {
        await Parse(Deliveries.FixtureText("tiktok", "order-status-change.json"));

        var request = Assert.Single(_api.Entries).RequestMessage;
        var query = request.Query!.ToDictionary(p => p.Key, p => p.Value.Single());
        Assert.Equal(AppKey, query["app_key"]);
        Assert.Equal(ShopCipher, query["shop_cipher"]);
        Assert.True(long.TryParse(query["timestamp"], out _));

        // TikTok's scheme, written out here: the secret, the path, the parameters but sign sorted by name, the secret.
        var signed = $"{AppSecret}/order/202309/orders"
            + $"app_key{AppKey}ids576000000000000001shop_cipher{ShopCipher}timestamp{query["timestamp"]}{AppSecret}";
        Assert.Equal(Signatures.HmacHex(AppSecret, Encoding.UTF8.GetBytes(signed)), query["sign"]);
    }

    [Fact]
    public async Task ParseAsync_OrderFetchWithoutAppKey_FailsNamingTheSetting()
    {
        using var harness = ChannelHarness.Create(
            new Dictionary<string, string?>
            {
                ["Channels:Tiktok:AppSecret"] = AppSecret,
                ["Channels:Tiktok:SignAppKeyPrefix"] = "false",
                ["Channels:Tiktok:ApiBaseUrl"] = _api.Url,
            },
            new FakeListingMap());

        var delivery = Deliveries.Post("tiktok", Deliveries.FixtureText("tiktok", "order-status-change.json"));

        var error = await Assert.ThrowsAsync<ChannelApiException>(
            async () => await harness.Channel(ChannelNames.Tiktok).ParseAsync(delivery, default));

        Assert.Contains("Channels:Tiktok:AppKey", error.Message, StringComparison.Ordinal);
        Assert.Empty(_api.Entries);
    }

    [Fact]
    public async Task ParseAsync_Cancelled_CommitsAndReleases()
    {
        var body = Deliveries.FixtureText("tiktok", "order-status-change.json")
            .Replace("AWAITING_SHIPMENT", "CANCELLED", StringComparison.Ordinal);

        var result = await Parse(body);

        Assert.Equal(MovementKind.OrderLineReleased, result.Movements[1].Kind);
        Assert.EndsWith(":release", result.Movements[1].Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_OtherType_IsUnsupported()
    {
        var result = await Parse("""{"type":6,"tts_notification_id":"1","data":{}}""");

        Assert.Equal((WebhookParseStatus.Unsupported, "type 6"), (result.Status, result.Topic));
    }

    [Fact]
    public async Task ParseAsync_OrderIdOfWrongType_IsMalformed()
    {
        var result = await Parse("""{"type":1,"data":{"order_id":{"x":1},"order_status":"UNPAID"}}""");

        Assert.Equal("data.order_id", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task ParseAsync_TruncatedJson_IsMalformed()
    {
        var result = await Parse(Deliveries.FixtureText("tiktok", "order-status-change.json")[..40]);

        Assert.Equal(WebhookParseStatus.Malformed, result.Status);
    }

    private Core.Webhooks.IWebhookChannel Channel() => _harness.Channel(ChannelNames.Tiktok);

    private async Task<WebhookParseResult> Parse(string body) =>
        await Channel().ParseAsync(Deliveries.Post("tiktok", body), default);
}

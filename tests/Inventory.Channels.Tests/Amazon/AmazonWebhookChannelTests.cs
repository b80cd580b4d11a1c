using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;

namespace Inventory.Channels.Tests.Amazon;

public sealed class AmazonWebhookChannelTests : IDisposable
{
    private const string ItemsPath = "/orders/v0/orders/111-2223334-5556667/orderItems";

    private readonly FakeApi _api = new();
    private readonly ChannelHarness _harness;

    public AmazonWebhookChannelTests()
    {
        _harness = ChannelHarness.Create(
            new Dictionary<string, string?>
            {
                ["Channels:Amazon:SharedSecret"] = "eb-shared-secret",
                ["Channels:Amazon:ApiBaseUrl"] = _api.Url,
                ["Channels:Amazon:AccessToken"] = "Atza|test-token",
            },
            new FakeListingMap());
        _api.Json(ItemsPath, Deliveries.FixtureText("amazon", "order-items.json"));
    }

    public void Dispose()
    {
        _harness.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task VerifyAsync_SharedSecretInDefaultHeader_IsAuthentic()
    {
        var request = Deliveries.Post("amazon", "{}", ("X-Inventory-Secret", "eb-shared-secret"));

        Assert.True((await Channel().VerifyAsync(request, default)).IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_WrongSecret_IsRefused()
    {
        var request = Deliveries.Post("amazon", "{}", ("X-Inventory-Secret", "eb-shared-secreT"));

        Assert.False((await Channel().VerifyAsync(request, default)).IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_MissingHeader_IsRefused()
    {
        Assert.False((await Channel().VerifyAsync(Deliveries.Post("amazon", "{}"), default)).IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_ConfiguredHeaderName_IsTheOneRead()
    {
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Amazon:SharedSecret"] = "s3",
            ["Channels:Amazon:SecretHeaderName"] = "X-Other",
        });

        var result = await harness.Channel(ChannelNames.Amazon)
            .VerifyAsync(Deliveries.Post("amazon", "{}", ("X-Other", "s3")), default);

        Assert.True(result.IsAuthentic);
    }

    [Fact]
    public async Task ParseAsync_UnshippedOrder_CommitsFetchedItems()
    {
        var result = await Parse(Deliveries.FixtureText("amazon", "order-change.json"));

        var movement = Assert.Single(result.Movements);
        Assert.Equal(
            (
                "amazon:order:111-2223334-5556667:item:40001234567801:commit",
                MovementKind.OrderLineCommitted,
                "MUG-BLUE",
                2),
            (movement.Id, movement.Kind, movement.Sku, movement.Quantity));
        Assert.Equal(("WH-MAIN", "111-2223334-5556667"), (movement.Location, movement.Reference));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero), movement.OccurredAt);
    }

    [Fact]
    public async Task ParseAsync_OrderChange_SendsTheAccessToken()
    {
        await Parse(Deliveries.FixtureText("amazon", "order-change.json"));

        var entry = Assert.Single(_api.Entries);
        Assert.Equal("Atza|test-token", entry.RequestMessage.Headers!["x-amz-access-token"].Single());
    }

    [Fact]
    public async Task ParseAsync_LoginWithAmazonCredentialsSet_SendsTheExchangedToken()
    {
        _api.Token("/auth/o2/token", "Atza|exchanged");
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Amazon:SharedSecret"] = "eb-shared-secret",
            ["Channels:Amazon:ApiBaseUrl"] = _api.Url,
            ["Channels:Amazon:TokenUrl"] = $"{_api.Url}/auth/o2/token",
            ["Channels:Amazon:LwaClientId"] = "amzn1.application-oa2-client.test",
            ["Channels:Amazon:LwaClientSecret"] = "lwa-secret",
            ["Channels:Amazon:LwaRefreshToken"] = "Atzr|refresh",
        });

        await harness.Channel(ChannelNames.Amazon)
            .ParseAsync(Deliveries.Post("amazon", Deliveries.FixtureText("amazon", "order-change.json")), default);

        var exchange = Assert.Single(_api.Entries, e => e.RequestMessage.Path == "/auth/o2/token");
        Assert.Contains("refresh_token=Atzr%7Crefresh", exchange.RequestMessage.Body, StringComparison.Ordinal);
        var lookup = Assert.Single(_api.Entries, e => e.RequestMessage.Path == ItemsPath);
        Assert.Equal("Atza|exchanged", lookup.RequestMessage.Headers!["x-amz-access-token"].Single());
    }

    [Fact]
    public async Task ParseAsync_ItemWithoutSkuAndUnmappedAsin_IsKeptUnmapped()
    {
        var result = await Parse(Deliveries.FixtureText("amazon", "order-change.json"));

        var line = Assert.Single(result.Unmapped);
        Assert.Equal(
            ("B0TESTAAA2", "amazon:order:111-2223334-5556667:item:40001234567802:commit"), (line.ExternalId, line.Id));
    }

    [Fact]
    public async Task ParseAsync_ItemWithoutSkuAndMappedAsin_UsesTheListingMap()
    {
        _harness.Listings.With("amazon", "B0TESTAAA2", "MUG-RED");

        var result = await Parse(Deliveries.FixtureText("amazon", "order-change.json"));

        Assert.Equal(["MUG-BLUE", "MUG-RED"], result.Movements.Select(m => m.Sku));
    }

    [Fact]
    public async Task ParseAsync_ShippedAfnOrder_CommitsAndShipsAtFba()
    {
        var body = Deliveries.FixtureText("amazon", "order-change.json")
            .Replace("\"Unshipped\"", "\"Shipped\"", StringComparison.Ordinal)
            .Replace("\"MFN\"", "\"AFN\"", StringComparison.Ordinal);

        var result = await Parse(body);

        Assert.Equal(
            [MovementKind.OrderLineCommitted, MovementKind.OrderLineShipped],
            result.Movements.Select(m => m.Kind));
        Assert.All(result.Movements, m => Assert.Equal("FBA", m.Location));
        Assert.EndsWith(":ship", result.Movements[1].Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_CanceledOrder_ReleasesUnshippedUnits()
    {
        var body = Deliveries.FixtureText("amazon", "order-change.json")
            .Replace("\"Unshipped\"", "\"Canceled\"", StringComparison.Ordinal);

        var result = await Parse(body);

        Assert.Equal(MovementKind.OrderLineReleased, result.Movements[^1].Kind);
        Assert.Equal(2, result.Movements[^1].Quantity);
    }

    [Fact]
    public async Task ParseAsync_OrderApiFails_ThrowsChannelApiException()
    {
        using var api = new FakeApi().Status(ItemsPath, 503);
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Amazon:ApiBaseUrl"] = api.Url,
        });

        await Assert.ThrowsAsync<ChannelApiException>(async () => await harness.Channel(ChannelNames.Amazon)
            .ParseAsync(Deliveries.Post("amazon", Deliveries.Fixture("amazon", "order-change.json")), default));
    }

    [Fact]
    public async Task ParseAsync_FbaInventory_SetsChannelHeldQuantities()
    {
        var result = await Parse(Deliveries.FixtureText("amazon", "fba-inventory.json"));

        var movement = Assert.Single(result.Movements);
        Assert.Equal(("amazon:fba:note-fba-0001", MovementKind.ChannelHeldStockSet), (movement.Id, movement.Kind));
        Assert.Equal(("MUG-BLUE", "FBA"), (movement.Sku, movement.Location));

        // on hand 40 + 6 + 2; committed 4 for orders; unavailable 2 broken + 2 other reserved; inbound 5 + 10 + 3.
        Assert.Equal(new ReportedQuantities(48, 4, 4, 18), movement.Reported);
    }

    [Fact]
    public async Task ParseAsync_FbaInventory_AvailableEqualsFulfillable()
    {
        var reported = (await Parse(Deliveries.FixtureText("amazon", "fba-inventory.json"))).Movements[0].Reported!;

        Assert.Equal(40, reported.OnHand - reported.Committed - reported.Unavailable);
    }

    [Fact]
    public async Task ParseAsync_FbaInventoryConfiguredMarketplace_IsTheOneRead()
    {
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Amazon:FbaMarketplaceId"] = "A2EUQ1WTGCTBG2",
        });

        var result = await harness.Channel(ChannelNames.Amazon)
            .ParseAsync(Deliveries.Post("amazon", Deliveries.Fixture("amazon", "fba-inventory.json")), default);

        Assert.Equal(new ReportedQuantities(7, 0, 0, 0), Assert.Single(result.Movements).Reported);
    }

    [Fact]
    public async Task ParseAsync_NegativeFbaQuantity_IsMalformedNamingThePath()
    {
        var body = Deliveries.FixtureText("amazon", "fba-inventory.json")
            .Replace("\"FulfillableQuantity\": 40", "\"FulfillableQuantity\": -3", StringComparison.Ordinal);

        var result = await Parse(body);

        Assert.Equal(WebhookParseStatus.Malformed, result.Status);
        Assert.Equal(
            "detail.Payload.FulfillmentInventoryByMarketplace[0].FulfillableQuantity",
            Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task ParseAsync_UnknownNotificationType_IsUnsupported()
    {
        var result = await Parse("""{"detail":{"NotificationType":"ANY_OFFER_CHANGED","Payload":{}}}""");

        Assert.Equal((WebhookParseStatus.Unsupported, "ANY_OFFER_CHANGED"), (result.Status, result.Topic));
    }

    [Fact]
    public async Task ParseAsync_TruncatedJson_IsMalformed()
    {
        var result = await Parse(Deliveries.FixtureText("amazon", "order-change.json")[..200]);

        Assert.Equal(WebhookParseStatus.Malformed, result.Status);
    }

    [Fact]
    public async Task ParseAsync_OrderIdOfWrongType_IsMalformedWithoutCallingTheApi()
    {
        var body = Deliveries.FixtureText("amazon", "order-change.json")
            .Replace("\"111-2223334-5556667\"", "[1]", StringComparison.Ordinal);

        var result = await Parse(body);

        Assert.Equal("detail.Payload.OrderChangeNotification.AmazonOrderId", Assert.Single(result.Problems).Field);
        Assert.Empty(_api.Entries);
    }

    private Core.Webhooks.IWebhookChannel Channel() => _harness.Channel(ChannelNames.Amazon);

    private async Task<WebhookParseResult> Parse(string body) =>
        await Channel().ParseAsync(Deliveries.Post("amazon", body), default);
}

using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;

namespace Inventory.Channels.Tests.Ebay;

public sealed class EbayParsingTests : IDisposable
{
    private const string OrderPath = "/sell/fulfillment/v1/order/12-34567-89012";

    private readonly FakeApi _api = new();
    private readonly ChannelHarness _harness;

    public EbayParsingTests()
    {
        _api.Json(OrderPath, Deliveries.FixtureText("ebay", "order.json"));
        _harness = ChannelHarness.Create(
            new Dictionary<string, string?>
            {
                ["Channels:Ebay:ApiBaseUrl"] = _api.Url,
                ["Channels:Ebay:AccessToken"] = "v^1.1#test",
            },
            new FakeListingMap().With("ebay", "110550002", "MUG-RED"));
    }

    public void Dispose()
    {
        _harness.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task ParseAsync_OrderConfirmationForOneLine_CommitsThatLine()
    {
        var result = await Parse(Deliveries.FixtureText("ebay", "order-confirmation.json"));

        var movement = Assert.Single(result.Movements);
        Assert.Equal(
            ("ebay:order:12-34567-89012:line:10070001:commit", MovementKind.OrderLineCommitted, "MUG-BLUE", 2),
            (movement.Id, movement.Kind, movement.Sku, movement.Quantity));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.Zero), movement.OccurredAt);
    }

    [Fact]
    public async Task ParseAsync_OrderConfirmation_SendsTheBearerToken()
    {
        await Parse(Deliveries.FixtureText("ebay", "order-confirmation.json"));

        Assert.Equal(
            "Bearer v^1.1#test", Assert.Single(_api.Entries).RequestMessage.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task ParseAsync_ItemMarkedShipped_CommitsAndShipsEveryLine()
    {
        var result = await Parse(Deliveries.FixtureText("ebay", "item-marked-shipped.json"));

        Assert.Equal(
            [
                "ebay:order:12-34567-89012:line:10070001:commit",
                "ebay:order:12-34567-89012:line:10070001:ship",
                "ebay:order:12-34567-89012:line:10070002:commit",
                "ebay:order:12-34567-89012:line:10070002:ship",
            ],
            result.Movements.Select(m => m.Id));
        Assert.Equal("MUG-RED", result.Movements[^1].Sku);
    }

    [Fact]
    public async Task ParseAsync_UnknownTopic_IsUnsupported()
    {
        var result = await Parse(
            """{"metadata":{"topic":"MARKETPLACE_ACCOUNT_DELETION"},"notification":{"data":{}}}""");

        Assert.Equal((WebhookParseStatus.Unsupported, "MARKETPLACE_ACCOUNT_DELETION"), (result.Status, result.Topic));
    }

    [Fact]
    public async Task ParseAsync_MissingOrderId_IsMalformedNamingThePath()
    {
        var result = await Parse(
            """{"metadata":{"topic":"ORDER_CONFIRMATION"},"notification":{"data":{"orderId":12.5}}}""");

        Assert.Equal("notification.data.orderId", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task ParseAsync_TruncatedJson_IsMalformed()
    {
        var result = await Parse(Deliveries.FixtureText("ebay", "order-confirmation.json")[..60]);

        Assert.Equal(WebhookParseStatus.Malformed, result.Status);
    }

    private async Task<WebhookParseResult> Parse(string body) =>
        await _harness.Channel(ChannelNames.Ebay).ParseAsync(Deliveries.Post("ebay", body), default);
}

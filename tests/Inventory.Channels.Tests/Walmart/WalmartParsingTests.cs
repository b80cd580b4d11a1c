using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;

namespace Inventory.Channels.Tests.Walmart;

public sealed class WalmartParsingTests : IDisposable
{
    private readonly FakeApi _api = new();
    private readonly ChannelHarness _harness;

    public WalmartParsingTests()
    {
        _api.Json("/v3/orders/108829876543210", Deliveries.FixtureText("walmart", "order.json"));
        _harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Walmart:ApiBaseUrl"] = _api.Url,
            ["Channels:Walmart:AccessToken"] = "wm-token",
            ["Channels:Walmart:Location"] = "WH-EAST",
        });
    }

    public void Dispose()
    {
        _harness.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task ParseAsync_PoCreated_CommitsEachLine()
    {
        var result = await Parse(Deliveries.FixtureText("walmart", "po-created.json"));

        Assert.Collection(
            result.Movements,
            m => Assert.Equal(("walmart:po:108829876543210:line:1:commit", "MUG-BLUE", 2), (m.Id, m.Sku, m.Quantity)),
            m => Assert.Equal(("walmart:po:108829876543210:line:2:commit", "MUG-RED", 1), (m.Id, m.Sku, m.Quantity)));
        Assert.All(
            result.Movements, m => Assert.Equal(("WH-EAST", MovementKind.OrderLineCommitted), (m.Location, m.Kind)));
        Assert.Empty(_api.Entries);
    }

    [Fact]
    public async Task ParseAsync_PoCreated_TakesTheEventTime()
    {
        var result = await Parse(Deliveries.FixtureText("walmart", "po-created.json"));

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero), result.Movements[0].OccurredAt);
    }

    [Fact]
    public async Task ParseAsync_AutoCancelWithoutLines_ReleasesTheCancelledLinesFromTheOrderApi()
    {
        var result = await Parse(Deliveries.FixtureText("walmart", "po-line-autocancelled.json"));

        var movement = Assert.Single(result.Movements);
        Assert.Equal(
            ("walmart:po:108829876543210:line:1:release", MovementKind.OrderLineReleased, 2),
            (movement.Id, movement.Kind, movement.Quantity));
        Assert.Equal("wm-token", Assert.Single(_api.Entries).RequestMessage.Headers!["WM_SEC.ACCESS_TOKEN"].Single());
    }

    [Fact]
    public async Task ParseAsync_OrderUpdatesEnvelope_ReadsTheSubEvent()
    {
        var body = """
            {"source":{"eventType":"ORDER_UPDATES","eventId":"e9"},
             "payload":{"subEventType":"PO_CREATED","order":{"purchaseOrderId":"55",
               "orderLines":[{"lineNumber":"1","sku":"MUG-BLUE","quantity":{"measurementValue":1}}]}}}
            """;

        var result = await Parse(body);

        Assert.Equal(("PO_CREATED", "walmart:po:55:line:1:commit"), (result.Topic, Assert.Single(result.Movements).Id));
    }

    [Fact]
    public async Task ParseAsync_OfferUnpublished_IsUnsupported()
    {
        var result = await Parse(
            """{"source":{"eventType":"OFFER_UNPUBLISHED","eventId":"e1"},"payload":{"sku":"X"}}""");

        Assert.Equal(WebhookParseStatus.Unsupported, result.Status);
    }

    [Fact]
    public async Task ParseAsync_NegativeQuantity_IsMalformedNamingThePath()
    {
        var body = Deliveries.FixtureText("walmart", "po-created.json")
            .Replace("\"measurementValue\": 2", "\"measurementValue\": -2", StringComparison.Ordinal);

        var result = await Parse(body);

        Assert.Equal("payload.orderLines[0].quantity.measurementValue", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task ParseAsync_LineWithoutSku_IsMalformed()
    {
        var body = Deliveries.FixtureText("walmart", "po-created.json")
            .Replace("\"sku\": \"MUG-RED\", ", string.Empty, StringComparison.Ordinal);

        var result = await Parse(body);

        Assert.Equal("payload.orderLines[1].sku", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task ParseAsync_TruncatedJson_IsMalformed()
    {
        var result = await Parse(Deliveries.FixtureText("walmart", "po-created.json")[..90]);

        Assert.Equal(WebhookParseStatus.Malformed, result.Status);
    }

    [Fact]
    public async Task ParseAsync_MissingSource_IsMalformed()
    {
        var result = await Parse("""{"payload":{}}""");

        Assert.Equal("source", Assert.Single(result.Problems).Field);
    }

    private async Task<WebhookParseResult> Parse(string body) =>
        await _harness.Channel(ChannelNames.Walmart).ParseAsync(Deliveries.Post("walmart", body), default);
}

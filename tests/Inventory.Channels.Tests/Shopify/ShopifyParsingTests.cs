using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;

namespace Inventory.Channels.Tests.Shopify;

public sealed class ShopifyParsingTests : IDisposable
{
    private readonly ChannelHarness _harness = ChannelHarness.Create(
        new Dictionary<string, string?>
        {
            ["Channels:Shopify:WebhookSecret"] = "s",
            ["Channels:Shopify:ChannelHeldLocations:555"] = "SFN",
        },
        new FakeListingMap().With("shopify", "44002", "MUG-RED").With("shopify", "3300001", "MUG-BLUE"));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task ParseAsync_OrderCreated_CommitsEachLineWithBusinessKey()
    {
        var result = await Parse("orders/create", "orders-create.json");

        Assert.Equal(WebhookParseStatus.Parsed, result.Status);
        Assert.Collection(
            result.Movements,
            m => Assert.Equal(("shopify:order:7100200300:line:5101:commit", "MUG-BLUE", 2), (m.Id, m.Sku, m.Quantity)),
            m => Assert.Equal(("shopify:order:7100200300:line:5102:commit", "MUG-RED", 1), (m.Id, m.Sku, m.Quantity)));
        Assert.All(result.Movements, m => Assert.Equal(MovementKind.OrderLineCommitted, m.Kind));
    }

    [Fact]
    public async Task ParseAsync_OrderCreated_TakesTimeLocationReferenceAndSourceFromThePayload()
    {
        var movement = (await Parse("orders/create", "orders-create.json")).Movements[0];

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 15, 15, 0, TimeSpan.Zero), movement.OccurredAt);
        Assert.Equal("WH-MAIN", movement.Location);
        Assert.Equal("7100200300", movement.Reference);
        Assert.Equal(new MovementSource("shopify", "7100200300"), movement.Source);
    }

    [Fact]
    public async Task ParseAsync_Redelivery_GivesTheSameIds()
    {
        var first = await Parse("orders/create", "orders-create.json");
        var second = await Parse("orders/create", "orders-create.json");

        Assert.Equal(first.Movements.Select(m => m.Id), second.Movements.Select(m => m.Id));
    }

    [Fact]
    public async Task ParseAsync_OrderCancelled_ReleasesOnlyWhatIsNeitherShippedNorRefunded()
    {
        var result = await Parse("orders/cancelled", "orders-cancelled.json");

        // Line 5101: 3 ordered, 1 shipped, 1 released by a cancel refund, so 1 left to release.
        var released = result.Movements.Where(m => m.Kind == MovementKind.OrderLineReleased);
        Assert.Collection(
            released,
            m => Assert.Equal(("shopify:order:7100200300:line:5101:release", 1), (m.Id, m.Quantity)),
            m => Assert.Equal(("shopify:order:7100200300:line:5102:release", 1), (m.Id, m.Quantity)));
    }

    [Fact]
    public async Task ParseAsync_OrderCancelled_CommitsEachLineFirstWithTheOrdersCreateIds()
    {
        var result = await Parse("orders/cancelled", "orders-cancelled.json");

        Assert.Equal(
            [
                ("shopify:order:7100200300:line:5101:commit", MovementKind.OrderLineCommitted, 3),
                ("shopify:order:7100200300:line:5102:commit", MovementKind.OrderLineCommitted, 1),
            ],
            result.Movements.Take(2).Select(m => (m.Id, m.Kind, m.Quantity)));
        Assert.All(result.Movements.Skip(2), m => Assert.Equal(MovementKind.OrderLineReleased, m.Kind));
    }

    [Fact]
    public async Task ParseAsync_OrderFulfilled_CommitsTheLineThenShipsSuccessfulFulfilmentsOnly()
    {
        var result = await Parse("orders/fulfilled", "orders-fulfilled.json");

        Assert.Equal(
            [
                ("shopify:order:7100200300:line:5101:commit", MovementKind.OrderLineCommitted, 2),
                ("shopify:fulfillment:880001:line:5101", MovementKind.OrderLineShipped, 2),
            ],
            result.Movements.Select(m => (m.Id, m.Kind, m.Quantity)));
    }

    [Fact]
    public async Task ParseAsync_FulfillmentCreated_GivesTheSameShipmentIdAsOrdersFulfilled()
    {
        var viaOrder = await Parse("orders/fulfilled", "orders-fulfilled.json");
        var viaFulfillment = await Parse("fulfillments/create", "fulfillments-create.json");

        Assert.Equal(
            viaOrder.Movements.Where(m => m.Kind == MovementKind.OrderLineShipped).Select(m => m.Id),
            viaFulfillment.Movements.Select(m => m.Id));
    }

    [Fact]
    public async Task ParseAsync_Refund_MapsRestockTypeToKind()
    {
        var result = await Parse("refunds/create", "refunds-create.json");

        Assert.Collection(
            result.Movements,
            m => Assert.Equal(("shopify:refund:660010:line:5101", MovementKind.ReturnRestocked), (m.Id, m.Kind)),
            m => Assert.Equal(("shopify:refund:660010:line:5102", MovementKind.ReturnToUnavailable), (m.Id, m.Kind)),
            m => Assert.Equal(("shopify:refund:660010:line:5104", MovementKind.OrderLineReleased), (m.Id, m.Kind)));
    }

    [Fact]
    public async Task ParseAsync_InventoryLevelAtChannelHeldLocation_SetsChannelHeldStock()
    {
        var result = await Parse("inventory_levels/update", "inventory-levels-update.json");

        var movement = Assert.Single(result.Movements);
        Assert.Equal(MovementKind.ChannelHeldStockSet, movement.Kind);
        Assert.Equal(("MUG-BLUE", "SFN"), (movement.Sku, movement.Location));
        Assert.Equal(new ReportedQuantities(17, 0, 0, 0), movement.Reported);
        Assert.Empty(MovementValidator.Validate(movement));
    }

    [Fact]
    public async Task ParseAsync_InventoryLevelAtOwnLocation_IsUnsupported()
    {
        var body = Deliveries.FixtureText("shopify", "inventory-levels-update.json")
            .Replace("555", "777", StringComparison.Ordinal);

        var result = await ParseBody("inventory_levels/update", body);

        Assert.Equal(WebhookParseStatus.Unsupported, result.Status);
    }

    [Fact]
    public async Task ParseAsync_UnknownTopic_IsUnsupported()
    {
        var result = await ParseBody("products/update", "{\"id\":1}");

        Assert.Equal((WebhookParseStatus.Unsupported, "products/update"), (result.Status, result.Topic));
    }

    [Fact]
    public async Task ParseAsync_MissingTopicHeader_IsMalformed()
    {
        var result = await _harness.Channel(ChannelNames.Shopify).ParseAsync(Deliveries.Post("shopify", "{}"), default);

        Assert.Equal(WebhookParseStatus.Malformed, result.Status);
    }

    [Fact]
    public async Task ParseAsync_TruncatedJson_IsMalformedNamingTheBody()
    {
        var body = Deliveries.FixtureText("shopify", "orders-create.json")[..120];

        var result = await ParseBody("orders/create", body);

        Assert.Equal(WebhookParseStatus.Malformed, result.Status);
        Assert.Equal("body", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task ParseAsync_WrongTypes_IsMalformedNamingEachPath()
    {
        var result = await ParseBody(
            "orders/create", """{"id":true,"line_items":[{"id":1,"sku":"A","quantity":"two"}]}""");

        Assert.Equal(WebhookParseStatus.Malformed, result.Status);
        Assert.Equal(["id", "line_items[0].quantity"], result.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public async Task ParseAsync_NonPositiveQuantity_IsMalformed(int quantity)
    {
        var result = await ParseBody(
            "orders/create", $$"""{"id":1,"line_items":[{"id":1,"sku":"A","quantity":{{quantity}}}]}""");

        Assert.Equal("line_items[0].quantity", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task ParseAsync_MissingSkuAndListingId_IsMalformed()
    {
        var result = await ParseBody("orders/create", """{"id":1,"line_items":[{"id":1,"quantity":1}]}""");

        Assert.Equal("line_items[0].sku", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task ParseAsync_MissingSkuWithUnmappedVariant_KeepsAnUnmappedLine()
    {
        var result = await ParseBody(
            "orders/create", """{"id":9,"line_items":[{"id":1,"variant_id":123,"quantity":4}]}""");

        Assert.Equal(WebhookParseStatus.Parsed, result.Status);
        Assert.Empty(result.Movements);
        var line = Assert.Single(result.Unmapped);
        Assert.Equal(
            ("shopify:order:9:line:1:commit", "123", 4, "9"),
            (line.Id, line.ExternalId, line.Quantity, line.Reference));
    }

    [Fact]
    public async Task ParseAsync_GiftCardLine_IsSkippedNotMalformed()
    {
        var result = await Parse("orders/create", "orders-create.json");

        Assert.DoesNotContain(result.Movements, m => m.Id.Contains("5103", StringComparison.Ordinal));
        Assert.Empty(result.Unmapped);
    }

    [Fact]
    public async Task ParseAsync_UnmappedLineRedelivered_KeepsItsId()
    {
        const string Body = """{"id":9,"line_items":[{"id":1,"variant_id":123,"quantity":4}]}""";

        var first = await ParseBody("orders/create", Body);
        var second = await ParseBody("orders/create", Body);

        Assert.Equal(first.Unmapped[0].Id, second.Unmapped[0].Id);
    }

    [Fact]
    public async Task ParseAsync_InventoryLevelForUnmappedItem_IsKeptUnmapped()
    {
        var body = Deliveries.FixtureText("shopify", "inventory-levels-update.json")
            .Replace("3300001", "3300999", StringComparison.Ordinal);

        var result = await ParseBody("inventory_levels/update", body);

        Assert.Equal(("3300999", 17), (Assert.Single(result.Unmapped).ExternalId, result.Unmapped[0].Quantity));
    }

    [Fact]
    public async Task ParseAsync_SkuTheStoreCannotHold_IsUnmappedNotThrown()
    {
        var result = await ParseBody("orders/create", """{"id":9,"line_items":[{"id":1,"sku":"A|B","quantity":1}]}""");

        Assert.Equal("A|B", Assert.Single(result.Unmapped).ExternalSku);
    }

    private Task<WebhookParseResult> Parse(string topic, string fixture) =>
        ParseBody(topic, Deliveries.FixtureText("shopify", fixture));

    private async Task<WebhookParseResult> ParseBody(string topic, string body) =>
        await _harness.Channel(ChannelNames.Shopify)
            .ParseAsync(Deliveries.Post("shopify", body, ("X-Shopify-Topic", topic)), default);
}

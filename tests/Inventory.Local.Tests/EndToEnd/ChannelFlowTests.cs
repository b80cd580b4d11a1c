using System.Net;
using System.Text;
using Inventory.Local.Tests.Webhooks;
using Inventory.Testing.Webhooks;

namespace Inventory.Local.Tests.EndToEnd;

/// <summary>
/// Signed webhooks of each channel, posted to the local host running as its own process, change stock exactly as
/// the channel's events mean: commit, ship, release, restock and channel-held stock.
/// </summary>
public sealed class ChannelFlowTests(ProcessHost host) : IClassFixture<ProcessHost>
{
    private const string Main = "WH-MAIN";

    [Fact]
    public async Task Shopify_CreateFulfilRefund_CommitsShipsAndRestocks()
    {
        var sku = Sku();
        var (order, line) = (WebhookHostFixture.NextId(), WebhookHostFixture.NextId());
        await host.AdjustAsync(sku, Main, 10);

        await SendOkAsync(Shopify("orders/create", ShopifyPayloads.OrderCreated(order, line, sku, 3)));
        await host.WaitForStockAsync(sku, Main, new StockAt(10, 3, 0, 0));

        await SendOkAsync(Shopify("orders/fulfilled", ShopifyPayloads.OrderFulfilled(order, order + 1, line, sku, 3)));
        await host.WaitForStockAsync(sku, Main, new StockAt(7, 0, 0, 0));

        await SendOkAsync(Shopify("refunds/create", ShopifyPayloads.RefundRestocked(order + 2, order, line, sku, 1)));
        Assert.Equal(new StockAt(8, 0, 0, 0), await host.WaitForStockAsync(sku, Main, new StockAt(8, 0, 0, 0)));
    }

    [Fact]
    public async Task Shopify_FulfilledBeforeCreated_ShipsOnceAndTheLateCreateChangesNothing()
    {
        var sku = Sku();
        var (order, line) = (WebhookHostFixture.NextId(), WebhookHostFixture.NextId());
        await host.AdjustAsync(sku, Main, 10);

        await SendOkAsync(Shopify("orders/fulfilled", ShopifyPayloads.OrderFulfilled(order, order + 1, line, sku, 3)));
        await host.WaitForStockAsync(sku, Main, new StockAt(7, 0, 0, 0));
        await SendOkAsync(Shopify("orders/create", ShopifyPayloads.OrderCreated(order, line, sku, 3)));
        await SendOkAsync(Shopify("refunds/create", ShopifyPayloads.RefundRestocked(order + 2, order, line, sku, 1)));

        // The inbox keeps a SKU's movements in order, so once the refund shows, the late create has been applied as
        // the duplicate it is.
        Assert.Equal(new StockAt(8, 0, 0, 0), await host.WaitForStockAsync(sku, Main, new StockAt(8, 0, 0, 0)));
    }

    [Fact]
    public async Task Amazon_FbaReport_SetsFbaLocationFromAmazonsQuantities()
    {
        var sku = Sku();
        var body = Utf8($$$"""
            {"detail":{"NotificationType":"FBA_INVENTORY_AVAILABILITY_CHANGES","EventTime":"2026-11-21T06:00:00Z","Payload":{"SellerSKU":"{{{sku}}}","ASIN":"B0{{{sku}}}","FulfillmentInventoryByMarketplace":[{"MarketplaceId":"ATVPDKIKX0DER","FulfillableQuantity":40,"InboundQuantities":{"InboundWorking":5,"InboundShipped":10,"InboundReceiving":3},"ReservedQuantity":{"TotalReservedQuantity":6,"PendingCustomerOrderQuantity":4},"UnfulfillableQuantity":{"TotalUnfulfillableQuantity":2} }]},"NotificationMetadata":{"NotificationId":"fba-{{{sku}}}"} } }
            """);

        await SendOkAsync(WebhookSigner.Amazon(ChannelSettings.AmazonSecret, body));

        // On hand = fulfillable + reserved + unfulfillable; unavailable = unfulfillable + reserved not for orders.
        Assert.Equal(new StockAt(48, 4, 4, 18), await host.WaitForStockAsync(sku, "FBA", new StockAt(48, 4, 4, 18)));
    }

    [Fact]
    public async Task Amazon_MfnOrderUnshippedThenShipped_CommitsThenShips()
    {
        var sku = Sku();
        var orderId = $"113-{WebhookHostFixture.NextId()}";
        host.Api.AmazonOrderItems(orderId,
            $$$"""[{"ASIN":"B0{{{sku}}}","SellerSKU":"{{{sku}}}","OrderItemId":"{{{orderId}}}-1","QuantityOrdered":2,"QuantityShipped":0}]""");
        await host.AdjustAsync(sku, Main, 5);

        await SendOkAsync(WebhookSigner.Amazon(ChannelSettings.AmazonSecret, AmazonOrder(orderId, "Unshipped")));
        await host.WaitForStockAsync(sku, Main, new StockAt(5, 2, 0, 0));

        await SendOkAsync(WebhookSigner.Amazon(ChannelSettings.AmazonSecret, AmazonOrder(orderId, "Shipped")));
        Assert.Equal(new StockAt(3, 0, 0, 0), await host.WaitForStockAsync(sku, Main, new StockAt(3, 0, 0, 0)));
    }

    [Fact]
    public async Task Walmart_PoCreatedThenAutoCancelled_CommitsThenReleases()
    {
        var sku = Sku();
        var po = WebhookHostFixture.NextId().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await host.AdjustAsync(sku, Main, 5);

        await SendOkAsync(WebhookSigner.Walmart(ChannelSettings.WalmartSecret, WalmartPo("PO_CREATED", po, sku)));
        await host.WaitForStockAsync(sku, Main, new StockAt(5, 2, 0, 0));

        await SendOkAsync(
            WebhookSigner.Walmart(ChannelSettings.WalmartSecret, WalmartPo("PO_LINE_AUTOCANCELLED", po, sku)));
        Assert.Equal(new StockAt(5, 0, 0, 0), await host.WaitForStockAsync(sku, Main, new StockAt(5, 0, 0, 0)));
    }

    [Fact]
    public async Task Ebay_ConfirmedThenShipped_CommitsThenShips()
    {
        var sku = Sku();
        var orderId = $"14-{WebhookHostFixture.NextId()}";
        host.Api.EbayOrder(orderId, $$$"""[{"lineItemId":"{{{orderId}}}-1","legacyItemId":"1105","sku":"{{{sku}}}","quantity":2}]""");
        await host.AdjustAsync(sku, Main, 5);

        await SendOkAsync(WebhookSigner.Ebay(host.EbayKey, EbayNotification("ORDER_CONFIRMATION", orderId)));
        await host.WaitForStockAsync(sku, Main, new StockAt(5, 2, 0, 0));

        await SendOkAsync(WebhookSigner.Ebay(host.EbayKey, EbayNotification("ITEM_MARKED_SHIPPED", orderId)));
        Assert.Equal(new StockAt(3, 0, 0, 0), await host.WaitForStockAsync(sku, Main, new StockAt(3, 0, 0, 0)));
    }

    [Fact]
    public async Task Tiktok_AwaitingShipmentThenDelivered_CommitsThenShips()
    {
        var sku = Sku();
        var orderId = $"577{WebhookHostFixture.NextId()}";
        host.Api.TiktokOrder(orderId, "AWAITING_SHIPMENT",
            $$$"""[{"id":"{{{orderId}}}1","sku_id":"17{{{orderId}}}","seller_sku":"{{{sku}}}","quantity":2}]""");
        await host.AdjustAsync(sku, Main, 5);

        await SendOkAsync(Tiktok(orderId, "AWAITING_SHIPMENT"));
        await host.WaitForStockAsync(sku, Main, new StockAt(5, 2, 0, 0));

        await SendOkAsync(Tiktok(orderId, "DELIVERED"));
        Assert.Equal(new StockAt(3, 0, 0, 0), await host.WaitForStockAsync(sku, Main, new StockAt(3, 0, 0, 0)));
    }

    private async Task SendOkAsync(SignedDelivery delivery) =>
        Assert.Equal(HttpStatusCode.OK, await host.SendAsync(delivery));

    private static string Sku() => $"E2E-{WebhookHostFixture.NextId()}";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static SignedDelivery Shopify(string topic, byte[] body) =>
        WebhookSigner.Shopify(ChannelSettings.ShopifySecret, topic, body);

    private static byte[] AmazonOrder(string orderId, string status) => Utf8($$$"""
        {"detail-type":"ORDER_CHANGE","detail":{"NotificationType":"ORDER_CHANGE","EventTime":"2026-11-20T15:00:00Z","Payload":{"OrderChangeNotification":{"AmazonOrderId":"{{{orderId}}}","Summary":{"OrderStatus":"{{{status}}}","FulfillmentType":"MFN"} } },"NotificationMetadata":{"NotificationId":"n-{{{orderId}}}-{{{status}}}"} } }
        """);

    private static byte[] WalmartPo(string eventType, string po, string sku) => Utf8($$$"""
        {"source":{"eventType":"{{{eventType}}}","eventTime":"2026-11-20T16:00:00.000Z","eventId":"wm-{{{po}}}-{{{eventType}}}"},"payload":{"purchaseOrderId":"{{{po}}}","orderLines":[{"lineNumber":"1","sku":"{{{sku}}}","quantity":{"unitOfMeasure":"EACH","measurementValue":2} }]} }
        """);

    private static byte[] EbayNotification(string topic, string orderId) => Utf8($$$"""
        {"metadata":{"topic":"{{{topic}}}","schemaVersion":"1.0"},"notification":{"notificationId":"n-{{{orderId}}}-{{{topic}}}","eventDate":"2026-11-21T10:00:00.000Z","data":{"orderId":"{{{orderId}}}"} } }
        """);

    private static SignedDelivery Tiktok(string orderId, string status) => WebhookSigner.Tiktok(
        ChannelSettings.TiktokAppKey,
        ChannelSettings.TiktokAppSecret,
        Utf8($$$"""
            {"type":1,"tts_notification_id":"t-{{{orderId}}}-{{{status}}}","shop_id":"749","timestamp":1795622400,"data":{"order_id":"{{{orderId}}}","order_status":"{{{status}}}","update_time":1795622390} }
            """));
}

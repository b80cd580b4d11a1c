using Inventory.Testing.Webhooks;

namespace Inventory.Local.Tests.Webhooks;

/// <summary>Amazon through EventBridge: the valid delivery is an MFN ORDER_CHANGE whose items come from the fake
/// Orders API; the quantity and SKU cases use FBA_INVENTORY_AVAILABILITY_CHANGES, which carries both.</summary>
public sealed class AmazonWebhookTests(WebhookHostFixture host)
    : WebhookMatrixTests(host), IClassFixture<WebhookHostFixture>
{
    protected override string SignatureHeader => WebhookSigner.AmazonSecretHeader;

    protected override SignedDelivery Valid(string sku)
    {
        var orderId = $"111-{NewId()}";
        Host.Api.AmazonOrderItems(orderId,
            $$$"""[{"ASIN":"B0{{{sku}}}","SellerSKU":"{{{sku}}}","OrderItemId":"{{{NewId()}}}","QuantityOrdered":2,"QuantityShipped":0}]""");
        return Sign(OrderChange(orderId, "Unshipped", string.Empty));
    }

    protected override SignedDelivery Sign(byte[] body) => WebhookSigner.Amazon(ChannelSettings.AmazonSecret, body);

    protected override SignedDelivery BadSignature(SignedDelivery valid) =>
        valid.With(SignatureHeader, ChannelSettings.AmazonSecret + "-not");

    protected override SignedDelivery StaleSecret(byte[] body) => WebhookSigner.Amazon(ChannelSettings.StaleSecret, body);

    protected override (SignedDelivery Delivery, string Field) WrongType(string sku) =>
        (Sign(Utf8($$$"""
            {"detail":{"NotificationType":"ORDER_CHANGE","EventTime":"2026-11-20T15:00:00Z","Payload":{"OrderChangeNotification":"{{{sku}}}"} } }
            """)), "detail.Payload.OrderChangeNotification");

    protected override (SignedDelivery Delivery, string Field) NegativeQuantity(string sku) =>
        (Sign(Fba($"\"SellerSKU\":\"{sku}\",", -3)),
            "detail.Payload.FulfillmentInventoryByMarketplace[0].FulfillableQuantity");

    protected override (SignedDelivery Delivery, string Field) MissingSkuAndListing(string sku) =>
        (Sign(Fba($"\"FulfillmentNetworkSku\":\"X-{sku}\",", 5)), "detail.Payload.sku");

    protected override SignedDelivery UnknownTopic() => Sign(Utf8("""
        {"detail":{"NotificationType":"ANY_OFFER_CHANGED","Payload":{}}}
        """));

    protected override SignedDelivery Oversized(string sku) =>
        Sign(OrderChange($"111-{NewId()}", "Unshipped", Padding));

    private static byte[] OrderChange(string orderId, string status, string padding) => Utf8($$$"""
        {"detail-type":"ORDER_CHANGE","note":"{{{padding}}}","detail":{"NotificationType":"ORDER_CHANGE","EventTime":"2026-11-20T15:00:00Z","Payload":{"OrderChangeNotification":{"AmazonOrderId":"{{{orderId}}}","Summary":{"OrderStatus":"{{{status}}}","FulfillmentType":"MFN"} } },"NotificationMetadata":{"NotificationId":"note-{{{orderId}}}"} } }
        """);

    private static byte[] Fba(string skuMembers, int fulfillable) => Utf8($$$"""
        {"detail":{"NotificationType":"FBA_INVENTORY_AVAILABILITY_CHANGES","EventTime":"2026-11-21T06:00:00Z","Payload":{{{{skuMembers}}}"FulfillmentInventoryByMarketplace":[{"MarketplaceId":"ATVPDKIKX0DER","FulfillableQuantity":{{{fulfillable}}}}]},"NotificationMetadata":{"NotificationId":"fba-{{{NewId()}}}"} } }
        """);
}

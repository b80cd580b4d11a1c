using System.Net;
using Inventory.Testing.Webhooks;

namespace Inventory.Local.Tests.Webhooks;

/// <summary>TikTok Shop: the notification names the order and its status; the lines come from the fake Order API.</summary>
public sealed class TiktokWebhookTests(WebhookHostFixture host)
    : WebhookMatrixTests(host), IClassFixture<WebhookHostFixture>
{
    protected override string SignatureHeader => WebhookSigner.TiktokSignatureHeader;

    /// <summary>The quantity comes from the Order API, so a negative one is that API failing: 503, redelivered.</summary>
    protected override HttpStatusCode NegativeQuantityStatus => HttpStatusCode.ServiceUnavailable;

    protected override SignedDelivery Valid(string sku) =>
        Sign(StatusChange(Order($$$"""[{"id":"1","sku_id":"9{{{NewId()}}}","seller_sku":"{{{sku}}}","quantity":2}]"""),
            string.Empty));

    protected override SignedDelivery Sign(byte[] body) =>
        WebhookSigner.Tiktok(ChannelSettings.TiktokAppKey, ChannelSettings.TiktokAppSecret, body);

    protected override SignedDelivery BadSignature(SignedDelivery valid) =>
        valid.With(SignatureHeader, new string('a', 64));

    protected override SignedDelivery StaleSecret(byte[] body) =>
        WebhookSigner.Tiktok(ChannelSettings.TiktokAppKey, ChannelSettings.StaleSecret, body);

    protected override (SignedDelivery Delivery, string Field) WrongType(string sku) =>
        (Sign(Utf8($$$"""{"type":1,"tts_notification_id":"{{{sku}}}","timestamp":1795622400,"data":"{{{sku}}}"}""")),
            "data");

    protected override (SignedDelivery Delivery, string Field) NegativeQuantity(string sku) =>
        (Sign(StatusChange(Order($$$"""[{"id":"1","seller_sku":"{{{sku}}}","quantity":-2}]"""), string.Empty)),
            "line_items[0].quantity");

    protected override (SignedDelivery Delivery, string Field) MissingSkuAndListing(string sku) =>
        (Sign(StatusChange(Order("""[{"id":"1","seller_sku":"","quantity":2}]"""), string.Empty)),
            "line_items[0].sku");

    protected override SignedDelivery UnknownTopic() =>
        Sign(Utf8("""{"type":6,"tts_notification_id":"x","timestamp":1795622400,"data":{"product_id":"1"}}"""));

    protected override SignedDelivery Oversized(string sku) =>
        Sign(StatusChange(Order($$$"""[{"id":"1","seller_sku":"{{{sku}}}","quantity":2}]"""), Padding));

    private string Order(string lineItems)
    {
        var orderId = $"576{NewId()}";
        Host.Api.TiktokOrder(orderId, "AWAITING_SHIPMENT", lineItems);
        return orderId;
    }

    private static byte[] StatusChange(string orderId, string padding) => Utf8($$$"""
        {"type":1,"tts_notification_id":"t-{{{orderId}}}","shop_id":"749","timestamp":1795622400,"note":"{{{padding}}}","data":{"order_id":"{{{orderId}}}","order_status":"AWAITING_SHIPMENT","update_time":1795622390}}
        """);
}

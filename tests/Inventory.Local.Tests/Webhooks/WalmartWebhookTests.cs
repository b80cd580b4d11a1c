using Inventory.Testing.Webhooks;

namespace Inventory.Local.Tests.Webhooks;

public sealed class WalmartWebhookTests(WebhookHostFixture host)
    : WebhookMatrixTests(host), IClassFixture<WebhookHostFixture>
{
    protected override string SignatureHeader => WebhookSigner.WalmartSignatureHeader;

    protected override SignedDelivery Valid(string sku) => Sign(PoCreated($$$"""
        [{"lineNumber":"1","sku":"{{{sku}}}","quantity":{"unitOfMeasure":"EACH","measurementValue":2}}]
        """, string.Empty));

    protected override SignedDelivery Sign(byte[] body) => WebhookSigner.Walmart(ChannelSettings.WalmartSecret, body);

    protected override SignedDelivery BadSignature(SignedDelivery valid) =>
        valid.With(SignatureHeader, WebhookSigner.Base64Hmac(ChannelSettings.WalmartSecret, Utf8("another body")));

    protected override SignedDelivery StaleSecret(byte[] body) =>
        WebhookSigner.Walmart(ChannelSettings.StaleSecret, body);

    protected override (SignedDelivery Delivery, string Field) WrongType(string sku) =>
        (Sign(PoCreated($"\"{sku}\"", string.Empty)), "payload.orderLines");

    protected override (SignedDelivery Delivery, string Field) NegativeQuantity(string sku) =>
        (Sign(PoCreated($$$"""
            [{"lineNumber":"1","sku":"{{{sku}}}","quantity":{"unitOfMeasure":"EACH","measurementValue":-2}}]
            """, string.Empty)), "payload.orderLines[0].quantity.measurementValue");

    protected override (SignedDelivery Delivery, string Field) MissingSkuAndListing(string sku) =>
        (Sign(PoCreated($$$"""
            [{"lineNumber":"1","productName":"{{{sku}}}","quantity":{"unitOfMeasure":"EACH","measurementValue":2}}]
            """, string.Empty)), "payload.orderLines[0].sku");

    protected override SignedDelivery UnknownTopic() => Sign(Utf8("""
        {"source":{"eventType":"OFFER_UNPUBLISHED","eventTime":"2026-11-20T16:00:00.000Z","eventId":"wm-x"},"payload":{"sku":"X"}}
        """));

    protected override SignedDelivery Oversized(string sku) => Sign(PoCreated($$$"""
        [{"lineNumber":"1","sku":"{{{sku}}}","quantity":{"unitOfMeasure":"EACH","measurementValue":2}}]
        """, Padding));

    private static byte[] PoCreated(string orderLines, string padding) => Utf8($$$"""
        {"source":{"eventType":"PO_CREATED","eventTime":"2026-11-20T16:00:00.000Z","eventId":"wm-{{{NewId()}}}"},"payload":{"purchaseOrderId":"{{{NewId()}}}","note":"{{{padding}}}","orderLines":{{{orderLines}}}}}
        """);
}

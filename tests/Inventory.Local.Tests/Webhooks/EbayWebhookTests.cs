using System.Net;
using Inventory.Testing.Webhooks;

namespace Inventory.Local.Tests.Webhooks;

/// <summary>eBay: the notification names the order; its lines (and so their quantities and SKUs) come from the fake
/// Fulfillment API, and the signing key from the fake Notification API.</summary>
public sealed class EbayWebhookTests(WebhookHostFixture host)
    : WebhookMatrixTests(host), IClassFixture<WebhookHostFixture>
{
    protected override string SignatureHeader => WebhookSigner.EbaySignatureHeader;

    /// <summary>The quantity is not in the notification: a negative one from the order API is that API failing,
    /// answered 503 so that eBay redelivers.</summary>
    protected override HttpStatusCode NegativeQuantityStatus => HttpStatusCode.ServiceUnavailable;

    protected override SignedDelivery Valid(string sku) =>
        Sign(Confirmation(Order($$$"""[{"lineItemId":"1","legacyItemId":"11","sku":"{{{sku}}}","quantity":2}]"""),
            string.Empty));

    protected override SignedDelivery Sign(byte[] body) => WebhookSigner.Ebay(Host.EbayKey, body);

    protected override SignedDelivery BadSignature(SignedDelivery valid)
    {
        using var impostor = new EbaySigningKey(ChannelSettings.EbayKeyId);
        return WebhookSigner.Ebay(impostor, valid.Body);
    }

    protected override SignedDelivery StaleSecret(byte[] body) => WebhookSigner.Ebay(Host.RetiredEbayKey, body);

    protected override (SignedDelivery Delivery, string Field) WrongType(string sku) =>
        (Sign(Utf8($$$"""
            {"metadata":{"topic":"ORDER_CONFIRMATION"},"notification":{"notificationId":"{{{sku}}}","data":"{{{sku}}}"}}
            """)), "notification.data");

    protected override (SignedDelivery Delivery, string Field) NegativeQuantity(string sku) =>
        (Sign(Confirmation(Order($$$"""[{"lineItemId":"1","sku":"{{{sku}}}","quantity":-2}]"""), string.Empty)),
            "lineItems[0].quantity");

    protected override (SignedDelivery Delivery, string Field) MissingSkuAndListing(string sku) =>
        (Sign(Confirmation(Order("""[{"lineItemId":"1","quantity":2}]"""), string.Empty)), "lineItems[0].sku");

    protected override SignedDelivery UnknownTopic() => Sign(Utf8("""
        {"metadata":{"topic":"MARKETPLACE_ACCOUNT_DELETION"},"notification":{"notificationId":"x","data":{"userId":"u"} } }
        """));

    protected override SignedDelivery Oversized(string sku) =>
        Sign(Confirmation(Order($$$"""[{"lineItemId":"1","sku":"{{{sku}}}","quantity":2}]"""), Padding));

    private string Order(string lineItems)
    {
        var orderId = $"12-{NewId()}";
        Host.Api.EbayOrder(orderId, lineItems);
        return orderId;
    }

    private static byte[] Confirmation(string orderId, string padding) => Utf8($$$"""
        {"metadata":{"topic":"ORDER_CONFIRMATION","schemaVersion":"1.0"},"notification":{"notificationId":"n-{{{orderId}}}","eventDate":"2026-11-20T17:00:00.000Z","note":"{{{padding}}}","data":{"orderId":"{{{orderId}}}"} } }
        """);
}

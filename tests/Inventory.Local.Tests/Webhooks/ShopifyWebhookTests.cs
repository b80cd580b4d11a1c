using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inventory.Testing.Webhooks;

namespace Inventory.Local.Tests.Webhooks;

public sealed class ShopifyWebhookTests(WebhookHostFixture host)
    : WebhookMatrixTests(host), IClassFixture<WebhookHostFixture>
{
    protected override string SignatureHeader => WebhookSigner.ShopifySignatureHeader;

    [Fact]
    public async Task Post_PreviousSecretDuringRotation_Returns200AndAppliesMovement()
    {
        var sku = NewSku();
        var id = NewId();
        var delivery = WebhookSigner.Shopify(
            ChannelSettings.ShopifyPreviousSecret, "orders/create", ShopifyPayloads.OrderCreated(id, id, sku, 3));

        using var response = await Host.SendAsync(delivery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, await Host.WaitForCommittedAsync(sku, "WH-MAIN", 3));
    }

    [Fact]
    public async Task Post_UnknownChannel_Returns404AndAcceptsNothing()
    {
        var sku = NewSku();
        var delivery = Valid(sku) with { Channel = "etsy" };

        using var response = await Host.SendAsync(delivery);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        await Host.AssertNothingAcceptedAsync(sku);
    }

    [Fact]
    public async Task ReplayUnmapped_ListingMappedAfterTheOrder_CommitsTheKeptLine()
    {
        var sku = NewSku();
        var id = NewId();
        var variant = id + 1000;
        var body = Utf8($$$"""{"id":{{{id}}},"line_items":[{"id":{{{id}}},"variant_id":{{{variant}}},"quantity":2}]}""");
        using var accepted = await Host.SendAsync(Sign(body));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        using var mapped = await Host.Client.PutAsJsonAsync(
            new Uri($"/api/channels/shopify/listings/{variant}", UriKind.Relative), new { sku });
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);

        using var replay = await Host.Client.PostAsync(new Uri("/api/unmapped/replay?limit=1000", UriKind.Relative),
            null);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        using var result = JsonDocument.Parse(await replay.Content.ReadAsStringAsync());
        Assert.Contains(result.RootElement.GetProperty("replayed").EnumerateArray(), line =>
            line.GetProperty("id").GetString() == ShopifyPayloads.CommitId(id, id)
            && line.GetProperty("sku").GetString() == sku);
        Assert.Equal(2, await Host.WaitForCommittedAsync(sku, "WH-MAIN", 2));
    }

    protected override SignedDelivery Valid(string sku)
    {
        var id = NewId();
        return Sign(ShopifyPayloads.OrderCreated(id, id, sku, 2));
    }

    protected override SignedDelivery Sign(byte[] body) =>
        WebhookSigner.Shopify(ChannelSettings.ShopifySecret, "orders/create", body);

    protected override SignedDelivery BadSignature(SignedDelivery valid) =>
        valid.With(SignatureHeader, WebhookSigner.Base64Hmac(ChannelSettings.ShopifySecret, Utf8("another body")));

    protected override SignedDelivery StaleSecret(byte[] body) =>
        WebhookSigner.Shopify(ChannelSettings.StaleSecret, "orders/create", body);

    protected override (SignedDelivery Delivery, string Field) WrongType(string sku) =>
        (Sign(Utf8($$$"""{"id":{{{NewId()}}},"line_items":"{{{sku}}}"}""")), "line_items");

    protected override (SignedDelivery Delivery, string Field) NegativeQuantity(string sku) =>
        (Sign(Utf8($$$"""{"id":{{{NewId()}}},"line_items":[{"id":1,"sku":"{{{sku}}}","quantity":-2}]}""")),
            "line_items[0].quantity");

    protected override (SignedDelivery Delivery, string Field) MissingSkuAndListing(string sku) =>
        (Sign(Utf8($$$"""{"id":{{{NewId()}}},"note":"{{{sku}}}","line_items":[{"id":1,"quantity":2}]}""")),
            "line_items[0].sku");

    protected override SignedDelivery UnknownTopic() =>
        WebhookSigner.Shopify(ChannelSettings.ShopifySecret, "products/update", Utf8("""{"id":1,"title":"Mug"}"""));

    protected override SignedDelivery Oversized(string sku) => Sign(Utf8(
        $$$"""{"id":{{{NewId()}}},"note":"{{{Padding}}}","line_items":[{"id":1,"sku":"{{{sku}}}","quantity":2}]}"""));
}

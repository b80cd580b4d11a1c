using Inventory.Testing.Webhooks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Inventory.Local.Tests.Webhooks;

/// <summary>
/// A WireMock server on loopback standing in for the marketplaces' own APIs: eBay's public keys and orders, Amazon's
/// order items and TikTok Shop's order detail, which the adapters call while accepting a delivery.
/// </summary>
public sealed class MarketplaceApi : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public string Url => _server.Urls[0];

    /// <summary>Serves <paramref name="key"/> from eBay's <c>getPublicKey</c>.</summary>
    public void ServeEbayKey(EbaySigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Json(key.PublicKeyPath, key.PublicKeyResponse());
    }

    /// <summary>Answers 404 for a key eBay no longer has.</summary>
    public void RetireEbayKey(string keyId) =>
        _server.Given(Request.Create().WithPath($"/commerce/notification/v1/public_key/{keyId}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404));

    /// <summary>An eBay order's line items (<c>GET /sell/fulfillment/v1/order/{orderId}</c>).</summary>
    public void EbayOrder(string orderId, string lineItemsJson) =>
        Json($"/sell/fulfillment/v1/order/{orderId}", $$$"""{"orderId":"{{{orderId}}}","lineItems":{{{lineItemsJson}}}}""");

    /// <summary>An Amazon order's items (<c>GET /orders/v0/orders/{orderId}/orderItems</c>).</summary>
    public void AmazonOrderItems(string orderId, string orderItemsJson) =>
        Json($"/orders/v0/orders/{orderId}/orderItems",
            $$$"""{"payload":{"AmazonOrderId":"{{{orderId}}}","OrderItems":{{{orderItemsJson}}}}}""");

    /// <summary>A TikTok Shop order's lines (<c>GET /order/202309/orders?ids={orderId}</c>).</summary>
    public void TiktokOrder(string orderId, string status, string lineItemsJson) =>
        _server.Given(Request.Create().WithPath("/order/202309/orders").WithParam("ids", orderId).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$$"""
                    {"code":0,"message":"Success","data":{"orders":[{"id":"{{{orderId}}}","status":"{{{status}}}","line_items":{{{lineItemsJson}}}}]}}
                    """));

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private void Json(string path, string body) =>
        _server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(body));
}

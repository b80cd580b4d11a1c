namespace Inventory.Channels.Common;

/// <summary>
/// Names of the <see cref="System.Net.Http.IHttpClientFactory"/> clients the adapters call marketplace APIs with,
/// so a host can add resilience handlers to them (<c>services.AddHttpClient(name).Add...</c>).
/// </summary>
public static class ChannelHttpClients
{
    /// <summary>SP-API Orders API (order items).</summary>
    public const string AmazonOrders = "channels.amazon.orders";

    /// <summary>Walmart Marketplace Orders API.</summary>
    public const string WalmartOrders = "channels.walmart.orders";

    /// <summary>eBay Notification API public keys and the Fulfillment API.</summary>
    public const string EbayApi = "channels.ebay.api";

    /// <summary>TikTok Shop Order API.</summary>
    public const string TiktokOrders = "channels.tiktok.orders";

    /// <summary>Shopify Admin GraphQL, for quantities out.</summary>
    public const string ShopifyInventory = "channels.shopify.inventory";

    /// <summary>SP-API Listings Items API, for quantities out.</summary>
    public const string AmazonListings = "channels.amazon.listings";

    /// <summary>Login with Amazon token exchange.</summary>
    public const string AmazonToken = "channels.amazon.token";

    /// <summary>Walmart Inventory API, for quantities out.</summary>
    public const string WalmartInventory = "channels.walmart.inventory";

    /// <summary>Walmart token API (client credentials).</summary>
    public const string WalmartToken = "channels.walmart.token";

    /// <summary>eBay Inventory API, for quantities out.</summary>
    public const string EbayInventory = "channels.ebay.inventory";

    /// <summary>eBay OAuth token endpoint (refresh-token grant).</summary>
    public const string EbayToken = "channels.ebay.token";

    /// <summary>TikTok Shop Product API, for quantities out.</summary>
    public const string TiktokInventory = "channels.tiktok.inventory";
}

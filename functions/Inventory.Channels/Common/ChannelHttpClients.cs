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
}

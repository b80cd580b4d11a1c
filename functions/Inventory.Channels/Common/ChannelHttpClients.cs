namespace Inventory.Channels.Common;

/// <summary>Names of the <see cref="System.Net.Http.IHttpClientFactory"/> clients the adapters use.</summary>
internal static class ChannelHttpClients
{
    public const string AmazonOrders = "channels.amazon.orders";

    public const string WalmartOrders = "channels.walmart.orders";

    public const string EbayApi = "channels.ebay.api";

    public const string TiktokOrders = "channels.tiktok.orders";
}

namespace Inventory.Channels.Common;

/// <summary>The route names of the marketplaces, lower case, as <c>IWebhookChannel.Name</c> reports them.</summary>
public static class ChannelNames
{
    /// <summary>Shopify.</summary>
    public const string Shopify = "shopify";

    /// <summary>Amazon Selling Partner API, through an EventBridge API destination.</summary>
    public const string Amazon = "amazon";

    /// <summary>Walmart Marketplace.</summary>
    public const string Walmart = "walmart";

    /// <summary>eBay Notification API.</summary>
    public const string Ebay = "ebay";

    /// <summary>TikTok Shop.</summary>
    public const string Tiktok = "tiktok";

    /// <summary>All five, in the order they are registered.</summary>
    public static IReadOnlyList<string> All { get; } = [Shopify, Amazon, Walmart, Ebay, Tiktok];
}

namespace Inventory.Channels.Common;

/// <summary>The channels' names as a person writes them, for messages.</summary>
internal static class ChannelDisplay
{
    public static string Name(string channel) => channel switch
    {
        ChannelNames.Shopify => "Shopify",
        ChannelNames.Amazon => "Amazon",
        ChannelNames.Walmart => "Walmart",
        ChannelNames.Ebay => "eBay",
        ChannelNames.Tiktok => "TikTok Shop",
        _ => channel,
    };
}

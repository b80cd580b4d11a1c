namespace Inventory.Core.Sync.Allocation;

/// <summary>The channel names rules may be written for, the same names the channel clients answer to.</summary>
public static class KnownChannels
{
    /// <summary>Shopify.</summary>
    public const string Shopify = "shopify";

    /// <summary>Amazon (both the merchant-fulfilled and the FBA listing).</summary>
    public const string Amazon = "amazon";

    /// <summary>Walmart Marketplace.</summary>
    public const string Walmart = "walmart";

    /// <summary>eBay.</summary>
    public const string Ebay = "ebay";

    /// <summary>TikTok Shop.</summary>
    public const string Tiktok = "tiktok";

    /// <summary>The listing Amazon fulfils from its own network.</summary>
    public const string AmazonFbaListing = "amazon-fba";

    /// <summary>The location that stands for Amazon's fulfilment network, as the Amazon adapter records it.</summary>
    public const string FbaLocation = "FBA";

    /// <summary>Every known channel, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } = [Shopify, Amazon, Walmart, Ebay, Tiktok];

    /// <summary>Whether <paramref name="channel"/> is one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string? channel) => channel is not null && All.Contains(channel, StringComparer.Ordinal);
}

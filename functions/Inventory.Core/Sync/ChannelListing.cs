namespace Inventory.Core.Sync;

/// <summary>
/// Where a SKU is listed on one channel: the identifiers that channel's inventory API addresses it by. Only the
/// fields of the channel at hand are set; a channel that addresses listings by seller SKU needs no document at all.
/// </summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Sku">Our SKU.</param>
public sealed record ChannelListing(string Channel, string Sku)
{
    /// <summary>The SKU the channel knows the listing by, when it differs from ours (Amazon, Walmart, eBay).</summary>
    public string? ChannelSku { get; init; }

    /// <summary>Shopify: the inventory item id (numeric or <c>gid://shopify/InventoryItem/...</c>).</summary>
    public string? InventoryItemId { get; init; }

    /// <summary>Shopify: the location id whose <c>available</c> quantity is set.</summary>
    public string? LocationId { get; init; }

    /// <summary>TikTok Shop: the product id.</summary>
    public string? ProductId { get; init; }

    /// <summary>TikTok Shop: the SKU id within the product.</summary>
    public string? SkuId { get; init; }

    /// <summary>TikTok Shop: the warehouse whose quantity is set.</summary>
    public string? WarehouseId { get; init; }

    /// <summary>Amazon: the selling partner (merchant) id, when it differs from the configured one.</summary>
    public string? SellerId { get; init; }

    /// <summary>Amazon: the marketplace id, when it differs from the configured one.</summary>
    public string? MarketplaceId { get; init; }

    /// <summary>When the listing document was last written.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

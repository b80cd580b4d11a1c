namespace Inventory.FakeMarketplaces;

/// <summary>
/// The keys the fakes keep quantities under. Amazon, Walmart and eBay use the seller SKU as it is; Shopify and TikTok
/// Shop address a listing by several ids, joined here.
/// </summary>
public static class FakeItems
{
    /// <summary>Shopify: inventory item and location, numeric ids (the tail of a global id is taken).</summary>
    public static string Shopify(string inventoryItemId, string locationId) =>
        $"{Tail(inventoryItemId)}@{Tail(locationId)}";

    /// <summary>TikTok Shop: product, SKU and warehouse.</summary>
    public static string Tiktok(string productId, string skuId, string warehouseId) =>
        $"{productId}/{skuId}/{warehouseId}";

    private static string Tail(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var slash = id.LastIndexOf('/');
        return slash >= 0 ? id[(slash + 1)..] : id;
    }
}

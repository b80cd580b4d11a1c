using Inventory.Core.Sync;
using Inventory.FakeMarketplaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Inventory.Local;

/// <summary>
/// <c>GET /api/fake-channels/pushes?sku=A&amp;sku=B</c>: every push the fakes accepted for those SKUs, keyed back from
/// each channel's own item key to our SKU, every throttled call, and the limits the fakes enforce. A load driver in
/// another process reads it to time each channel's acknowledgement on the fakes' own clock (the system clock, which a
/// driver on the same machine shares) and to compare pushes with what the limits allow.
/// </summary>
internal static class FakeChannelRecords
{
    public static void Map(WebApplication app, FakeMarketplaceServer fakes) =>
        app.MapGet("/api/fake-channels/pushes", async (HttpRequest request, IChannelListingDirectory listings) =>
        {
            var skus = request.Query["sku"].Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToArray();
            if (skus.Length == 0)
            {
                return Results.Problem(statusCode: 400, detail: "Name at least one SKU: ?sku=A&sku=B.");
            }

            var items = await ItemsAsync(listings, skus, request.HttpContext.RequestAborted).ConfigureAwait(false);
            var pushes = fakes.State.AcceptedPushes
                .Where(p => items.ContainsKey((p.Channel, p.Item)))
                .Select(p => new
                {
                    channel = p.Channel,
                    sku = items[(p.Channel, p.Item)],
                    quantity = p.Quantity,
                    at = p.At,
                });
            var throttles = fakes.State.Throttles
                .Select(t => new { channel = t.Channel, status = t.StatusCode, at = t.At });
            return Results.Ok(new { pushes, throttles, limits = Limits(fakes.Options) });
        });

    /// <summary>Each channel's item key for each SKU, the way the fakes build it from the listings.</summary>
    private static async Task<Dictionary<(string Channel, string Item), string>> ItemsAsync(
        IChannelListingDirectory listings, string[] skus, CancellationToken cancellationToken)
    {
        var items = new Dictionary<(string, string), string>();
        foreach (var sku in skus)
        {
            items[("amazon", sku)] = sku;
            items[("walmart", sku)] = sku;
            items[("ebay", sku)] = sku;
            if (await listings.FindAsync("shopify", sku, cancellationToken).ConfigureAwait(false) is
                { InventoryItemId: { } item, LocationId: { } location })
            {
                items[("shopify", FakeItems.Shopify(item, location))] = sku;
            }

            if (await listings.FindAsync("tiktok", sku, cancellationToken).ConfigureAwait(false) is
                { ProductId: { } product, SkuId: { } skuId, WarehouseId: { } warehouse })
            {
                items[("tiktok", FakeItems.Tiktok(product, skuId, warehouse))] = sku;
            }
        }

        return items;
    }

    // Shopify meters cost points, not calls: one inventorySetQuantities costs the mutation cost, so its call rate and
    // burst are the restore rate and the bucket size divided by that cost.
    private static object[] Limits(FakeMarketplaceOptions options) =>
    [
        new
        {
            channel = "shopify",
            perSecond = options.ShopifyRestoreRate / options.ShopifyMutationCost,
            burst = options.ShopifyBucketSize / options.ShopifyMutationCost,
        },
        new { channel = "amazon", perSecond = options.AmazonLimit.Rate, burst = (double)options.AmazonLimit.Burst },
        new { channel = "walmart", perSecond = options.WalmartLimit.Rate, burst = (double)options.WalmartLimit.Burst },
        new { channel = "ebay", perSecond = options.EbayLimit.Rate, burst = (double)options.EbayLimit.Burst },
        new { channel = "tiktok", perSecond = options.TiktokLimit.Rate, burst = (double)options.TiktokLimit.Burst },
    ];
}

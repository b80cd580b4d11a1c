namespace Inventory.FakeMarketplaces;

/// <summary>Where each fake marketplace answers; each URL ends with a slash.</summary>
/// <param name="Root">The server itself.</param>
/// <param name="Shopify">The shop root (<c>admin/api/{version}/graphql.json</c> below it).</param>
/// <param name="Amazon">The SP-API root.</param>
/// <param name="AmazonToken">The Login with Amazon token endpoint (a full URL, no trailing slash).</param>
/// <param name="Walmart">The Walmart Marketplace API root (<c>v3/...</c> below it).</param>
/// <param name="Ebay">The eBay API root.</param>
/// <param name="Tiktok">The TikTok Shop Open API root.</param>
public sealed record FakeMarketplaceUrls(
    Uri Root, Uri Shopify, Uri Amazon, Uri AmazonToken, Uri Walmart, Uri Ebay, Uri Tiktok)
{
    internal static FakeMarketplaceUrls For(Uri root) => new(
        root,
        new Uri(root, "shopify/"),
        new Uri(root, "amazon/"),
        new Uri(root, "amazon/auth/o2/token"),
        new Uri(root, "walmart/"),
        new Uri(root, "ebay/"),
        new Uri(root, "tiktok/"));
}

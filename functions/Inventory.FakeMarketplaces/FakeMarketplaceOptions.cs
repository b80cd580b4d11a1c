namespace Inventory.FakeMarketplaces;

/// <summary>
/// The credentials the fakes accept and the limits they enforce. The defaults are each channel's documented limit
/// (Shopify Standard: 1000 points restoring 100 per second; Amazon <c>patchListingsItem</c>: 5 per second, burst 5) or,
/// where none is published, the outbound clients' defaults.
/// </summary>
public sealed class FakeMarketplaceOptions
{
    /// <summary>The clock for token lifetimes and rate limits.</summary>
    /// <value>Defaults to the system clock.</value>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Slack granted to every rate limit, as that much extra refill time: requests that leave a client evenly spaced
    /// arrive a little bunched. It stands for the network, not for generosity.
    /// </summary>
    /// <value>Defaults to 50 ms.</value>
    public TimeSpan RateGrace { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Most requests, pushes, throttles and faults kept in the records; older ones are dropped.</summary>
    /// <value>Defaults to 100 000.</value>
    public int MaxRecords { get; init; } = 100_000;

    /// <summary>Shopify: the access token accepted in <c>X-Shopify-Access-Token</c>.</summary>
    /// <value>Defaults to <c>shpat_fake</c>.</value>
    public string ShopifyAccessToken { get; init; } = "shpat_fake";

    /// <summary>Shopify: the cost bucket's size.</summary>
    /// <value>Defaults to 1000.</value>
    public double ShopifyBucketSize { get; init; } = 1000;

    /// <summary>Shopify: points restored per second.</summary>
    /// <value>Defaults to 100.</value>
    public double ShopifyRestoreRate { get; init; } = 100;

    /// <summary>Shopify: the cost of one <c>inventorySetQuantities</c>.</summary>
    /// <value>Defaults to 10.</value>
    public double ShopifyMutationCost { get; init; } = 10;

    /// <summary>Shopify: the cost of one quantity query.</summary>
    /// <value>Defaults to 3.</value>
    public double ShopifyQueryCost { get; init; } = 3;

    /// <summary>Amazon: LWA client id, secret and refresh token accepted by the token endpoint.</summary>
    /// <value>Defaults to <c>amzn-client</c>, <c>amzn-secret</c>, <c>Atzr|fake</c>.</value>
    public (string ClientId, string ClientSecret, string RefreshToken) AmazonCredentials { get; init; } =
        ("amzn-client", "amzn-secret", "Atzr|fake");

    /// <summary>Amazon: requests per second and burst of <c>patchListingsItem</c> and <c>getListingsItem</c>.</summary>
    /// <value>Defaults to 5 and 5.</value>
    public (double Rate, int Burst) AmazonLimit { get; init; } = (5, 5);

    /// <summary>Amazon: access token lifetime.</summary>
    /// <value>Defaults to 3600 s.</value>
    public TimeSpan AmazonTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Walmart: client id and secret accepted by <c>/v3/token</c>.</summary>
    /// <value>Defaults to <c>wm-client</c>, <c>wm-secret</c>.</value>
    public (string ClientId, string ClientSecret) WalmartCredentials { get; init; } = ("wm-client", "wm-secret");

    /// <summary>Walmart: requests per second and burst of the inventory endpoint.</summary>
    /// <value>Defaults to 10 and 10.</value>
    public (double Rate, int Burst) WalmartLimit { get; init; } = (10, 10);

    /// <summary>Walmart: access token lifetime.</summary>
    /// <value>Defaults to 900 s.</value>
    public TimeSpan WalmartTokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>eBay: client id, secret and refresh token accepted by the OAuth endpoint.</summary>
    /// <value>Defaults to <c>ebay-client</c>, <c>ebay-secret</c>, <c>v^1.1#fake</c>.</value>
    public (string ClientId, string ClientSecret, string RefreshToken) EbayCredentials { get; init; } =
        ("ebay-client", "ebay-secret", "v^1.1#fake");

    /// <summary>eBay: requests per second and burst of the Inventory API.</summary>
    /// <value>Defaults to 20 and 20.</value>
    public (double Rate, int Burst) EbayLimit { get; init; } = (20, 20);

    /// <summary>eBay: access token lifetime.</summary>
    /// <value>Defaults to 7200 s.</value>
    public TimeSpan EbayTokenLifetime { get; init; } = TimeSpan.FromHours(2);

    /// <summary>TikTok Shop: app key, app secret, access token and shop cipher accepted.</summary>
    /// <value>Defaults to <c>tts-app</c>, <c>tts-secret</c>, <c>tts-token</c>, <c>tts-cipher</c>.</value>
    public (string AppKey, string AppSecret, string AccessToken, string ShopCipher) TiktokCredentials { get; init; } =
        ("tts-app", "tts-secret", "tts-token", "tts-cipher");

    /// <summary>TikTok Shop: requests per second and burst of the Product API.</summary>
    /// <value>Defaults to 10 and 10.</value>
    public (double Rate, int Burst) TiktokLimit { get; init; } = (10, 10);
}

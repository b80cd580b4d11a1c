namespace Inventory.Local.Tests.Webhooks;

/// <summary>The secrets every webhook test host is started with, as command-line configuration.</summary>
public static class ChannelSettings
{
    public const string ShopifySecret = "shopify-secret-current";
    public const string ShopifyPreviousSecret = "shopify-secret-previous";
    public const string AmazonSecret = "amazon-shared-secret";
    public const string WalmartSecret = "walmart-client-secret";
    public const string EbayToken = "ebay-verification-token-0123456789-abcdef";
    public const string TiktokAppKey = "tiktok-app-key";
    public const string TiktokAppSecret = "tiktok-app-secret";

    /// <summary>A secret the host has never been given, or has been rotated off: it must sign nothing.</summary>
    public const string StaleSecret = "secret-rotated-out-long-ago";

    public const string EbayKeyId = "kid-current";
    public const string RetiredEbayKeyId = "kid-retired";

    /// <summary>The channels' settings, with their order and key APIs pointed at <paramref name="apiUrl"/>.</summary>
    public static string[] Arguments(string apiUrl) =>
    [
        $"--Channels:Shopify:WebhookSecret={ShopifySecret}",
        $"--Channels:Shopify:PreviousWebhookSecret={ShopifyPreviousSecret}",
        $"--Channels:Amazon:SharedSecret={AmazonSecret}",
        $"--Channels:Amazon:ApiBaseUrl={apiUrl}",
        $"--Channels:Walmart:ClientSecret={WalmartSecret}",
        $"--Channels:Walmart:ApiBaseUrl={apiUrl}",
        $"--Channels:Ebay:VerificationToken={EbayToken}",
        $"--Channels:Ebay:ApiBaseUrl={apiUrl}",
        $"--Channels:Tiktok:AppKey={TiktokAppKey}",
        $"--Channels:Tiktok:AppSecret={TiktokAppSecret}",
        $"--Channels:Tiktok:ApiBaseUrl={apiUrl}",
    ];
}

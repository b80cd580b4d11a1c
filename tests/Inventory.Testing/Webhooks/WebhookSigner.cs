using System.Security.Cryptography;
using System.Text;

namespace Inventory.Testing.Webhooks;

/// <summary>
/// Signs webhook bodies the way each marketplace does, with the header names and encodings the adapters read by
/// default (see functions/Inventory.Channels/README.md). Written from the channels' schemes, not from the adapters'
/// code, so a test that passes shows the two agree.
/// </summary>
public static class WebhookSigner
{
    /// <summary>Shopify's signature header: base64 HMAC-SHA256 of the raw body.</summary>
    public const string ShopifySignatureHeader = "X-Shopify-Hmac-Sha256";

    /// <summary>Shopify's topic header.</summary>
    public const string ShopifyTopicHeader = "X-Shopify-Topic";

    /// <summary>The header the EventBridge connection adds for Amazon (the adapter's default name).</summary>
    public const string AmazonSecretHeader = "X-Inventory-Secret";

    /// <summary>Walmart's HMAC header (the adapter's default name).</summary>
    public const string WalmartSignatureHeader = "X-Walmart-Signature";

    /// <summary>eBay's signature header.</summary>
    public const string EbaySignatureHeader = "X-EBAY-SIGNATURE";

    /// <summary>TikTok Shop's signature header (the adapter's default name).</summary>
    public const string TiktokSignatureHeader = "Authorization";

    /// <summary>A Shopify delivery of <paramref name="topic"/> signed with <paramref name="secret"/>.</summary>
    public static SignedDelivery Shopify(string secret, string topic, byte[] body, string? webhookId = null) =>
        new("shopify", body, Headers(
            (ShopifySignatureHeader, Base64Hmac(secret, body)),
            (ShopifyTopicHeader, topic),
            ("X-Shopify-Webhook-Id", webhookId ?? Guid.NewGuid().ToString())));

    /// <summary>An Amazon notification carried by EventBridge with the shared secret header.</summary>
    public static SignedDelivery Amazon(string sharedSecret, byte[] body) =>
        new("amazon", body, Headers((AmazonSecretHeader, sharedSecret)));

    /// <summary>A Walmart notification with its HMAC-SHA256 signature, base64 (the default) or hex.</summary>
    public static SignedDelivery Walmart(string clientSecret, byte[] body, bool hex = false) =>
        new("walmart", body, Headers((WalmartSignatureHeader, hex
            ? Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), body))
            : Base64Hmac(clientSecret, body))));

    /// <summary>An eBay notification signed by <paramref name="key"/> under its key id.</summary>
    public static SignedDelivery Ebay(EbaySigningKey key, byte[] body, string digest = "SHA1")
    {
        ArgumentNullException.ThrowIfNull(key);
        return new("ebay", body, Headers((EbaySignatureHeader, key.SignatureHeader(body, digest))));
    }

    /// <summary>A TikTok Shop notification: hex HMAC-SHA256 over the app key followed by the raw body.</summary>
    public static SignedDelivery Tiktok(string appKey, string appSecret, byte[] body)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes(appKey), .. body];
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), message));
        return new("tiktok", body, Headers((TiktokSignatureHeader, signature)));
    }

    /// <summary>Base64 HMAC-SHA256 of <paramref name="body"/> keyed with <paramref name="secret"/>.</summary>
    public static string Base64Hmac(string secret, byte[] body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static Dictionary<string, string> Headers(params (string Name, string Value)[] headers) =>
        headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);
}

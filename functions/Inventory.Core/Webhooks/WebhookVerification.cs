namespace Inventory.Core.Webhooks;

/// <summary>Whether a delivery is authentic. The reason is for logs and the 401 body; it never holds a secret.</summary>
/// <param name="IsAuthentic">True when the signature or shared secret matched.</param>
/// <param name="Reason">Why not, when not: for example "the X-Shopify-Hmac-Sha256 header is missing".</param>
public sealed record WebhookVerification(bool IsAuthentic, string? Reason)
{
    /// <summary>An authentic delivery.</summary>
    public static WebhookVerification Authentic { get; } = new(true, null);

    /// <summary>A delivery that must be refused, and why.</summary>
    public static WebhookVerification Refused(string reason) => new(false, reason);
}

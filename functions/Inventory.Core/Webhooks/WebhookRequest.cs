namespace Inventory.Core.Webhooks;

/// <summary>A webhook delivery as received, before anything trusts it. The body is the raw bytes that were signed.</summary>
/// <param name="Channel">The channel name from the route, lower case (<c>shopify</c>, <c>amazon</c>, ...).</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Headers">Request headers, looked up without regard to case; repeated headers joined by commas.</param>
/// <param name="Query">Query string values, looked up without regard to case.</param>
/// <param name="Body">The raw body bytes.</param>
/// <param name="Url">The public URL the channel called, as configured or as seen (eBay signs it into its challenge).</param>
/// <param name="ReceivedAt">When the delivery arrived.</param>
public sealed record WebhookRequest(
    string Channel,
    string Method,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Query,
    ReadOnlyMemory<byte> Body,
    string Url,
    DateTimeOffset ReceivedAt)
{
    /// <summary>A header's value, or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

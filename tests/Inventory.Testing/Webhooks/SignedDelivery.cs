using System.Net.Http.Headers;

namespace Inventory.Testing.Webhooks;

/// <summary>A webhook body and the headers a marketplace would send with it, ready to POST.</summary>
/// <param name="Channel">The route name: <c>shopify</c>, <c>amazon</c>, <c>walmart</c>, <c>ebay</c> or <c>tiktok</c>.</param>
/// <param name="Body">The raw bytes that were signed.</param>
/// <param name="Headers">Signature, topic and other headers.</param>
public sealed record SignedDelivery(string Channel, byte[] Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The path the delivery is posted to.</summary>
    public string Path => $"/api/webhooks/{Channel}";

    /// <summary>A new request for this delivery (a request message can be sent once only).</summary>
    public HttpRequestMessage ToRequest()
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative)) { Content = content };
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>The same headers over another body, as a tampering or truncating sender would send.</summary>
    public SignedDelivery WithBody(byte[] body) => this with { Body = body };

    /// <summary>The same delivery without one header.</summary>
    public SignedDelivery Without(string header) => this with
    {
        Headers = Headers.Where(h => !h.Key.Equals(header, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>The same delivery with one header set or replaced.</summary>
    public SignedDelivery With(string header, string value)
    {
        var headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [header] = value };
        return this with { Headers = headers };
    }
}

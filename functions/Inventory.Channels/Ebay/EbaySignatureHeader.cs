using System.Text;
using System.Text.Json;
using Inventory.Channels.Common;

namespace Inventory.Channels.Ebay;

/// <summary>
/// The decoded <c>X-EBAY-SIGNATURE</c> header: base64 of a JSON object with alg, kid, signature and digest.
/// </summary>
internal sealed record EbaySignatureHeader(string? Algorithm, string KeyId, byte[] Signature, string? Digest)
{
    /// <summary>The header's content, or null when it is not what eBay sends.</summary>
    public static EbaySignatureHeader? TryParse(string? header)
    {
        var json = WebhookSignatures.FromBase64(header);
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var keyId = Payload.OptionalText(root, "kid");
            var signature = WebhookSignatures.FromBase64(Payload.OptionalText(root, "signature"));
            return keyId is null || signature is null
                ? null
                : new EbaySignatureHeader(
                    Payload.OptionalText(root, "alg"), keyId, signature, Payload.OptionalText(root, "digest"));
        }
        catch (JsonException)
        {
            return null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}

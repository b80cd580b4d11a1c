using System.Security.Cryptography;
using System.Text;

namespace Inventory.Channels.Common;

/// <summary>Constant-time checks of HMAC signatures and shared secrets over raw bytes.</summary>
internal static class WebhookSignatures
{
    /// <summary>HMAC-SHA256 of <paramref name="prefix"/> followed by <paramref name="body"/>.</summary>
    public static byte[] HmacSha256(string secret, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body)
    {
        // Without a prefix the one-shot form needs no hash object: it is Shopify and Walmart deliveries.
        if (prefix.IsEmpty)
        {
            return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    /// <summary>Decodes a base64 signature; null when it is not base64.</summary>
    public static byte[]? FromBase64(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var written) ? buffer[..written] : null;
    }

    /// <summary>Decodes a hex signature in either case; null when it is not hex.</summary>
    public static byte[]? FromHex(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length % 2 != 0)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(text.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Compares two secrets in constant time. Both sides are hashed first so that neither the content nor the length
    /// of the configured secret shows in the timing.
    /// </summary>
    public static bool SecretEquals(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

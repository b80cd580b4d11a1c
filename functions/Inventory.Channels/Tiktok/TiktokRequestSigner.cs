using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inventory.Channels.Tiktok;

/// <summary>
/// The TikTok Shop Open API request signature (a third-party fact, kept in this one place): the query parameters
/// except <c>sign</c> and <c>access_token</c>, sorted by name and written as name followed by value, go after the
/// request path; a JSON body follows; the app secret is put before and after the whole; the <c>sign</c> parameter is
/// the lower-case hex HMAC-SHA256 of that text keyed with the app secret.
/// </summary>
internal static class TiktokRequestSigner
{
    /// <summary>The text that is signed.</summary>
    public static string Canonical(
        string appSecret, string path, IEnumerable<KeyValuePair<string, string>> query, string? body)
    {
        var text = new StringBuilder(appSecret).Append(path);
        foreach (var (name, value) in query
            .Where(p => p.Key is not "sign" and not "access_token")
            .OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(value);
        }

        return text.Append(body).Append(appSecret).ToString();
    }

    /// <summary>
    /// The relative address of a signed Open API call: <paramref name="path"/> with the app key, a timestamp, the
    /// shop cipher (when there is one), the call's own <paramref name="parameters"/> and the <c>sign</c> over them
    /// and <paramref name="body"/>, which must then be sent exactly as signed.
    /// </summary>
    public static string SignedAddress(
        string appKey,
        string appSecret,
        string? shopCipher,
        string path,
        IEnumerable<KeyValuePair<string, string>> parameters,
        string? body,
        DateTimeOffset now)
    {
        var query = new List<KeyValuePair<string, string>>
        {
            new("app_key", appKey),
            new("timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        if (!string.IsNullOrEmpty(shopCipher))
        {
            query.Add(new("shop_cipher", shopCipher));
        }

        query.AddRange(parameters);
        query.Add(new("sign", Sign(appSecret, path, query, body)));
        return path.TrimStart('/') + "?" + string.Join(
            '&', query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
    }

    /// <summary>The <c>sign</c> parameter for a request.</summary>
    public static string Sign(
        string appSecret, string path, IEnumerable<KeyValuePair<string, string>> query, string? body)
    {
        var key = Encoding.UTF8.GetBytes(appSecret);
        var text = Encoding.UTF8.GetBytes(Canonical(appSecret, path, query, body));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, text));
    }
}

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

    /// <summary>The <c>sign</c> parameter for a request.</summary>
    public static string Sign(
        string appSecret, string path, IEnumerable<KeyValuePair<string, string>> query, string? body)
    {
        var key = Encoding.UTF8.GetBytes(appSecret);
        var text = Encoding.UTF8.GetBytes(Canonical(appSecret, path, query, body));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, text));
    }
}

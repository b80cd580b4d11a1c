using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;

namespace Inventory.Api.Webhooks;

/// <summary>
/// The request's headers as the read-only text map a <see cref="Core.Webhooks.WebhookRequest"/> carries, read in
/// place: an adapter asks for two or three headers, so copying all of them into a dictionary per delivery was waste.
/// Lookups ignore case (the header dictionary does); repeated headers read as one value joined by commas.
/// </summary>
internal sealed class HeaderValues(IHeaderDictionary headers) : IReadOnlyDictionary<string, string>
{
    public int Count => headers.Count;

    public IEnumerable<string> Keys => headers.Keys;

    public IEnumerable<string> Values => headers.Values.Select(v => v.ToString());

    public string this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"There is no header '{key}'.");

    public bool ContainsKey(string key) => headers.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (headers.TryGetValue(key, out var values))
        {
            value = values.ToString();
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

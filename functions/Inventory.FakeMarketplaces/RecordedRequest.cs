namespace Inventory.FakeMarketplaces;

/// <summary>A request as a fake marketplace received it, for asserting exact shapes.</summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the channel prefix.</param>
/// <param name="Query">The query string, with its leading <c>?</c>, or empty.</param>
/// <param name="Headers">The headers, names lower case, values joined by commas.</param>
/// <param name="Body">The body text.</param>
/// <param name="At">When it arrived.</param>
public sealed record RecordedRequest(
    string Channel,
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset At)
{
    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) =>
        Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

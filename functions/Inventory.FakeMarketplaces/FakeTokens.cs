using System.Collections.Concurrent;
using System.Globalization;

namespace Inventory.FakeMarketplaces;

/// <summary>The access tokens one fake channel issued, each with its expiry.</summary>
internal sealed class FakeTokens(FakeContext context, string channel, string prefix, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _issued = new(StringComparer.Ordinal);
    private int _count;

    public TimeSpan Lifetime => lifetime;

    public string Issue()
    {
        var number = Interlocked.Increment(ref _count).ToString(CultureInfo.InvariantCulture);
        var token = $"{prefix}{number}-{Guid.NewGuid():N}";
        _issued[token] = context.Now + lifetime;
        context.State.TokenIssued(channel);
        return token;
    }

    public bool IsValid(string? token) =>
        token is not null && _issued.TryGetValue(token, out var expiresAt) && context.Now < expiresAt;
}

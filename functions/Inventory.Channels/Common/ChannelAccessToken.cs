namespace Inventory.Channels.Common;

/// <summary>
/// One access token a channel's calls carry: exchanged at the channel's token endpoint and cached until shortly before
/// it expires when the exchange's credentials are set, else the fixed token from the settings. The inventory client
/// and the order lookups of a channel share one, so the process holds one token per channel and purpose, and a token
/// the channel refused is dropped for every caller at once.
/// </summary>
internal sealed class ChannelAccessToken : IDisposable
{
    private readonly AccessTokenCache _cache;
    private readonly Func<CancellationToken, Task<AccessToken>>? _exchange;
    private readonly string? _fixedToken;
    private readonly string _missing;

    /// <param name="time">The clock expiry is read on.</param>
    /// <param name="refreshMargin">How long before expiry a token is replaced.</param>
    /// <param name="exchange">Fetches a new token; null when the exchange's credentials are not set.</param>
    /// <param name="fixedToken">The configured token sent when there is no exchange.</param>
    /// <param name="missing">The error when there is neither, naming the settings to set.</param>
    public ChannelAccessToken(
        TimeProvider time,
        TimeSpan refreshMargin,
        Func<CancellationToken, Task<AccessToken>>? exchange,
        string? fixedToken,
        string missing)
    {
        _cache = new AccessTokenCache(time, refreshMargin);
        _exchange = exchange;
        _fixedToken = string.IsNullOrEmpty(fixedToken) ? null : fixedToken;
        _missing = missing;
    }

    /// <summary>Whether a refused token can be replaced by a fresh one (the exchange's credentials are set).</summary>
    public bool CanRefresh => _exchange is not null;

    /// <summary>Whether any token can be had: an exchange or a fixed token.</summary>
    public bool IsAvailable => _exchange is not null || _fixedToken is not null;

    /// <summary>The current token; throws <see cref="ChannelTokenException"/> when none can be had.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_exchange is null)
        {
            return _fixedToken ?? throw new ChannelTokenException(_missing);
        }

        return await _cache.GetAsync(_exchange, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets <paramref name="token"/> after the channel refused it, so the next call fetches anew.</summary>
    public void Invalidate(string token) => _cache.Invalidate(token);

    public void Dispose() => _cache.Dispose();
}

namespace Inventory.Channels.Common;

/// <summary>
/// Keeps one access token and fetches a new one shortly before it expires. Concurrent callers share one fetch, so a
/// burst of pushes makes one token call. Time comes from <see cref="TimeProvider"/>.
/// </summary>
internal sealed class AccessTokenCache(TimeProvider time, TimeSpan refreshMargin) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _current;

    /// <summary>A token valid for at least the refresh margin, fetched with <paramref name="fetch"/> if need be.
    /// </summary>
    public async ValueTask<string> GetAsync(
        Func<CancellationToken, Task<AccessToken>> fetch, CancellationToken cancellationToken)
    {
        if (Fresh(_current) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(_current) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var token = await fetch(cancellationToken).ConfigureAwait(false);
            _current = token;
            return token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> after the channel refused it, so the next call fetches anew.</summary>
    public void Invalidate(string token)
    {
        var current = _current;
        if (current is not null && current.Value == token)
        {
            Interlocked.CompareExchange(ref _current, null, current);
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? Fresh(AccessToken? token) =>
        token is not null && time.GetUtcNow() < token.ExpiresAt - refreshMargin ? token.Value : null;
}

using System.Collections.Concurrent;

namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// Keeps each SKU's demand signals for <see cref="MaxAge"/>. The local runner plans once per SKU x channel sync, so a
/// busy SKU is planned dozens of times a second, and each plan would read up to
/// <see cref="RecentDemandSignals.MaxEntries"/> ledger entries. The signals are sales over
/// <see cref="RecentDemandSignals.Window"/> and the latest measured lag, which a second does not change in any way a
/// buffer could notice; the positions themselves are always read fresh.
/// </summary>
public sealed class CachedDemandSignals(RecentDemandSignals inner, TimeProvider time) : IDemandSignalSource
{
    /// <summary>How long a SKU's signals are reused.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    /// <summary>Past this many SKUs the cache starts over, so a long run over a large catalogue stays bounded.
    /// </summary>
    private const int MaxSkus = 10_000;

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<ChannelDemandSignal> Signals)>
        _cache = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChannelDemandSignal>> GetAsync(string sku, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(sku, out var cached) && now - cached.At < MaxAge)
        {
            return cached.Signals;
        }

        var signals = await inner.GetAsync(sku, cancellationToken).ConfigureAwait(false);
        if (_cache.Count >= MaxSkus)
        {
            _cache.Clear();
        }

        _cache[sku] = (now, signals);
        return signals;
    }
}

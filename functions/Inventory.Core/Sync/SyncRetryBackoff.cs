namespace Inventory.Core.Sync;

/// <summary>
/// How long a sync runner waits before it syncs a SKU again whose channels throttled, failed or drifted: exponential
/// back-off from a base delay, capped at a maximum, with jitter, and never shorter than the wait a channel asked for.
/// The runners retry until every channel is at its target (or the host stops), so the cap is what bounds the cost of
/// a channel that stays down: one sync per SKU per cap.
/// </summary>
public static class SyncRetryBackoff
{
    /// <summary>The first retry's delay ceiling.</summary>
    public static readonly TimeSpan DefaultBaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between retries, unless a channel asks for longer.</summary>
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromMinutes(1);

    /// <summary>The delay before retry number <paramref name="attempt"/> (1 for the first).</summary>
    /// <param name="attempt">Which retry in a row this is, from 1.</param>
    /// <param name="baseDelay">The first retry's delay ceiling; each further retry doubles it.</param>
    /// <param name="maxDelay">The highest ceiling.</param>
    /// <param name="asked">The longest wait a throttled channel asked for, if one did.</param>
    /// <param name="jitter">A draw from 0 to 1 (see <see cref="JitterOf"/> where the draw must be repeatable).</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? asked, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempt);
        var ceiling = Math.Min(
            maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30)));

        // Equal jitter: never under half the ceiling, so waits still grow, while SKUs that failed together spread out.
        var backoff = TimeSpan.FromMilliseconds(ceiling / 2 * (1 + Math.Clamp(jitter, 0, 1)));
        return asked is { } wait && wait > backoff ? wait : backoff;
    }

    /// <summary>
    /// A jitter draw from 0 to 1 that depends only on its arguments (FNV-1a), for a Durable orchestrator, whose
    /// replays must compute the same delay; <see cref="string.GetHashCode()"/> differs between processes.
    /// </summary>
    public static double JitterOf(string sku, long stockVersion, int attempt)
    {
        ArgumentNullException.ThrowIfNull(sku);
        const ulong Prime = 1_099_511_628_211;
        var hash = 14_695_981_039_346_656_037UL;
        foreach (var character in $"{sku}|{stockVersion}|{attempt}")
        {
            hash = (hash ^ character) * Prime;
        }

        return (hash >> 11) / (double)(1UL << 53);
    }
}

using System.Collections.Concurrent;

namespace Inventory.Channels.Common;

/// <summary>
/// The token bucket of each outbound client, by client name, shared by its resilience pipeline and by the channel
/// client that may slow it down when the channel reports a lower rate (SP-API's <c>x-amzn-RateLimit-Limit</c>).
/// </summary>
internal sealed class OutboundRateLimiters(TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, ContinuousTokenBucket> _buckets = new(StringComparer.Ordinal);

    public ContinuousTokenBucket GetOrCreate(string clientName, ChannelResilienceOptions options) =>
        _buckets.GetOrAdd(clientName, _ => new ContinuousTokenBucket(
            time, options.RequestsPerSecond, options.Burst, options.QueueLimit));

    public ContinuousTokenBucket? Find(string clientName) =>
        _buckets.TryGetValue(clientName, out var bucket) ? bucket : null;

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }
}

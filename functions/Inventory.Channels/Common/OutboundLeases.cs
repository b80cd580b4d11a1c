using System.Threading.RateLimiting;
using Inventory.Core.Sync;
using Polly;

namespace Inventory.Channels.Common;

/// <summary>
/// Push leases of the rate-limited outbound clients: taken from the client's token bucket before the sync reads the
/// stock, carried on the request's options, and spent by the pipeline's rate limiter on the request's first attempt
/// instead of a token of its own. The pipeline's retries send the same request, find the lease spent and wait for a
/// token each, as before.
/// </summary>
internal static class OutboundLeases
{
    private static readonly HttpRequestOptionsKey<ChannelPushLease> Key = new("Inventory.ChannelPushLease");

    /// <summary>
    /// Waits for one token of <paramref name="bucket"/> and holds it as a lease; <see cref="ChannelPushLease.None"/>
    /// when the bucket's queue is full (the push then goes to the pipeline, which answers it Throttled).
    /// </summary>
    public static async ValueTask<ChannelPushLease> AcquireAsync(
        ContinuousTokenBucket bucket, CancellationToken cancellationToken)
    {
        using var lease = await bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        return lease.IsAcquired ? new TokenBucketPushLease(bucket) : ChannelPushLease.None;
    }

    /// <summary>Puts the lease on the request for the pipeline's rate limiter; nothing for a lease not held.</summary>
    public static void Attach(HttpRequestMessage request, ChannelPushLease? lease)
    {
        if (lease is { IsHeld: true })
        {
            request.Options.Set(Key, lease);
        }
    }

    /// <summary>
    /// The rate limiter of the pipeline: the attempt's request spends its lease when it carries a fresh one from this
    /// bucket, gives back one that went stale (<see cref="TokenBucketPushLease.IsFresh"/>), and otherwise waits for a
    /// token as usual.
    /// </summary>
    public static ValueTask<RateLimitLease> AcquireForAttemptAsync(
        ResilienceContext context, ContinuousTokenBucket bucket)
    {
        if (context.GetRequestMessage() is { } request && request.Options.TryGetValue(Key, out var lease)
            && lease is TokenBucketPushLease own && own.IsFrom(bucket))
        {
            if (own.IsFresh && own.TrySpend())
            {
                return ValueTask.FromResult<RateLimitLease>(SpentLease.Instance);
            }

            own.Dispose();
        }

        return bucket.AcquireAsync(1, context.CancellationToken);
    }
}

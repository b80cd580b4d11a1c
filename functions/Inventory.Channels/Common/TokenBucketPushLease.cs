using Inventory.Core.Sync;

namespace Inventory.Channels.Common;

/// <summary>
/// A push lease holding one token of a channel's <see cref="ContinuousTokenBucket"/>; the outbound pipeline's rate
/// limiter lets the first attempt of the request carrying it through on it (<see cref="OutboundLeases"/>), while the
/// lease is fresh.
/// </summary>
/// <remarks>
/// The bucket meters when a token is taken and the channel meters when the request arrives. A lease is taken before
/// the stock read, the plan and the sync-state claim, so on a busy host some requests leave later after their token
/// than others and arrive bunched; the half burst kept as headroom absorbs a little of that, a long stall does not.
/// A lease older than one token interval is therefore not spent: it is given back and the attempt waits for a token
/// of its own, which meters it at send time again (usually at once, the given-back token being there).
/// </remarks>
internal sealed class TokenBucketPushLease(ContinuousTokenBucket bucket) : ChannelPushLease
{
    private readonly long _takenAt = bucket.Time.GetTimestamp();

    /// <summary>Whether the token came from <paramref name="limiter"/>: a lease is spent only where it was taken.
    /// </summary>
    public bool IsFrom(ContinuousTokenBucket limiter) => ReferenceEquals(bucket, limiter);

    /// <summary>Whether the lease is recent enough to be spent: held for at most one token interval.</summary>
    public bool IsFresh => bucket.Time.GetElapsedTime(_takenAt) <= TimeSpan.FromSeconds(1 / bucket.Rate);

    protected override void GiveBack() => bucket.Refund(1);
}

using Inventory.Core.Sync;

namespace Inventory.Channels.Common;

/// <summary>
/// A push lease holding one token of a channel's <see cref="ContinuousTokenBucket"/>; the outbound pipeline's rate
/// limiter lets the first attempt of the request carrying it through on it (<see cref="OutboundLeases"/>).
/// </summary>
internal sealed class TokenBucketPushLease(ContinuousTokenBucket bucket) : ChannelPushLease
{
    /// <summary>Whether the token came from <paramref name="limiter"/>: a lease is spent only where it was taken.
    /// </summary>
    public bool IsFrom(ContinuousTokenBucket limiter) => ReferenceEquals(bucket, limiter);

    protected override void GiveBack() => bucket.Refund(1);
}

namespace Inventory.Core.Sync;

/// <summary>What this product last told one channel about one SKU, and what it is trying to tell it now.</summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="PublishedQuantity">The quantity the channel last accepted from us; null before the first publish.</param>
/// <param name="PublishedVersion">The SKU stock version that quantity was computed from; 0 before the first.</param>
/// <param name="PublishedAt">When the channel accepted it.</param>
/// <param name="Latency">From the originating delivery's arrival to the channel's acceptance.</param>
/// <param name="PendingQuantity">A target claimed for sending and not yet accepted (in flight, throttled or failed).</param>
/// <param name="PendingVersion">The stock version of the pending target.</param>
/// <param name="LastAttemptAt">When a push was last tried.</param>
/// <param name="LastError">What went wrong with the last attempt; null after a success.</param>
/// <param name="RetryNotBefore">When a throttled channel may be tried again.</param>
/// <param name="DriftCount">How often the channel's quantity was not what we had published (compare-and-set refused).</param>
public sealed record ChannelSyncState(
    string Channel,
    string Sku,
    int? PublishedQuantity,
    long PublishedVersion,
    DateTimeOffset? PublishedAt,
    TimeSpan? Latency,
    int? PendingQuantity,
    long? PendingVersion,
    DateTimeOffset? LastAttemptAt,
    string? LastError,
    DateTimeOffset? RetryNotBefore,
    int DriftCount)
{
    /// <summary>
    /// The newest stock version this record has seen, published or pending. Stores refuse a write that would lower it
    /// (or lower <see cref="PublishedVersion"/>): an older version never overwrites a newer one.
    /// </summary>
    public long Version => Math.Max(PublishedVersion, PendingVersion ?? 0);

    /// <summary>
    /// When this record last changed because of a push: the later of <see cref="LastAttemptAt"/> and
    /// <see cref="PublishedAt"/>; null when neither happened. Stores index it for
    /// <see cref="ISyncStateStore.ListChangedSinceAsync"/>.
    /// </summary>
    public DateTimeOffset? ChangedAt => (LastAttemptAt, PublishedAt) switch
    {
        ({ } attempt, { } published) => attempt > published ? attempt : published,
        ({ } attempt, null) => attempt,
        (null, var published) => published,
    };

    /// <summary>A channel and SKU that have never been synced.</summary>
    public static ChannelSyncState New(string channel, string sku) =>
        new(channel, sku, null, 0, null, null, null, null, null, null, null, 0);
}

namespace Inventory.Core.Sync;

/// <summary>One marketplace's outbound side: publishes and reads a SKU's listed quantity.</summary>
public interface IChannelInventoryClient
{
    /// <summary>The channel, lower case: <c>shopify</c>, <c>amazon</c>, <c>walmart</c>, <c>ebay</c>, <c>tiktok</c>.</summary>
    string Channel { get; }

    /// <summary>
    /// Whether the client has the settings a push needs (API address and credentials). A channel whose client is not
    /// configured is left out of the targets, the sync and the reconciliation: it would only fail and be retried.
    /// </summary>
    bool IsConfigured { get; }

    /// <summary>Sets the channel's quantity. Never throws for a channel-side failure: the result says what happened.</summary>
    Task<PushResult> PushAsync(ChannelPush push, CancellationToken cancellationToken);

    /// <summary>
    /// Waits for the channel's permission to send one push (its rate limit or cost budget) and holds it, so the caller
    /// can read the stock after the wait rather than before it. Give the lease to
    /// <see cref="PushAsync(ChannelPush, ChannelPushLease, CancellationToken)"/> and dispose it when the sync ends,
    /// which gives it back if no push spent it. Only cancellation escapes as an exception.
    /// </summary>
    /// <returns>The lease; <see cref="ChannelPushLease.None"/> when the client paces its pushes another way (the
    /// default) or its limiter would not queue another caller.</returns>
    ValueTask<ChannelPushLease> AcquirePushLeaseAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(ChannelPushLease.None);

    /// <summary>
    /// Sets the channel's quantity; the first attempt spends <paramref name="lease"/> instead of waiting for the
    /// channel again, and any retry waits for its own permission. By default the lease is ignored (and given back
    /// when disposed) and the push waits as <see cref="PushAsync(ChannelPush, CancellationToken)"/> does.
    /// </summary>
    Task<PushResult> PushAsync(ChannelPush push, ChannelPushLease lease, CancellationToken cancellationToken) =>
        PushAsync(push, cancellationToken);

    /// <summary>Reads the channel's current quantity for the SKU, or null when it is not listed there.</summary>
    Task<int?> ReadQuantityAsync(string sku, CancellationToken cancellationToken);
}

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

    /// <summary>Reads the channel's current quantity for the SKU, or null when it is not listed there.</summary>
    Task<int?> ReadQuantityAsync(string sku, CancellationToken cancellationToken);
}

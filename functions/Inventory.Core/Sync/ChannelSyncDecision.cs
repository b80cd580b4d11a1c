namespace Inventory.Core.Sync;

/// <summary>What happened to one channel's share of a sync.</summary>
public enum ChannelSyncDecision
{
    /// <summary>The channel accepted the target.</summary>
    Pushed = 1,

    /// <summary>The channel already shows the target: no call was made.</summary>
    Unchanged,

    /// <summary>A newer stock version was already claimed or published for this channel: nothing was sent.</summary>
    Superseded,

    /// <summary>The channel asked us to slow down; the target stays pending for a later try.</summary>
    Throttled,

    /// <summary>The SKU is not listed on the channel.</summary>
    NotListed,

    /// <summary>The channel's quantity moved under us twice in a row (compare-and-set refused after the re-read).</summary>
    Drifted,

    /// <summary>The push failed; the target stays pending. Worth retrying.</summary>
    Failed,

    /// <summary>No outbound client is registered for the channel the targets name.</summary>
    NoClient,

    /// <summary>The channel's outbound client is not configured, so the channel is not synced: nothing was sent.
    /// </summary>
    NotConfigured,
}

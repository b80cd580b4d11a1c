namespace Inventory.Core.Sync.Reconciliation;

/// <summary>Why a channel showed a quantity other than its target, as far as the sync state can tell.</summary>
public enum DriftCause
{
    /// <summary>Nothing in the sync state explains it (for example, a sync request that never ran).</summary>
    Unknown = 0,

    /// <summary>The channel shows something we never published: changed in its admin or by another tool.</summary>
    ChannelChangedOutsideProduct,

    /// <summary>A push of ours is pending or failed: the channel has not taken the newest target yet.</summary>
    PushPending,
}

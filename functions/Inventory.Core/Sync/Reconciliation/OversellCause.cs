namespace Inventory.Core.Sync.Reconciliation;

/// <summary>Why an oversell happened, as far as the sync state and the drift events can tell.</summary>
public enum OversellCause
{
    /// <summary>Nothing recorded explains it, or the channel that sold is not known.</summary>
    Unknown = 0,

    /// <summary>The channel sold before it had been told about the stock change that used the last units.</summary>
    SyncLag,

    /// <summary>The channel showed a quantity other than its target shortly before the sale.</summary>
    Drift,

    /// <summary>The channel was in sync, but it held back fewer units than the sale came short by.</summary>
    BufferTooSmall,
}

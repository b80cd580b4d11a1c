namespace Inventory.Core.Sync;

/// <summary>How a guarded sync state write ended.</summary>
public enum SyncStateWriteStatus
{
    /// <summary>The state was written; the result carries its new ETag.</summary>
    Written = 1,

    /// <summary>Someone wrote first (the ETag no longer matches, or a create met an existing record): re-read.</summary>
    Conflict,

    /// <summary>The write carried an older stock version than the stored record: refused, nothing changed.</summary>
    Stale,
}

namespace Inventory.Core.Sync;

/// <summary>The answer to a guarded sync state write.</summary>
/// <param name="Status">Written, conflict or stale.</param>
/// <param name="ETag">The new ETag when written; otherwise null.</param>
public sealed record SyncStateWriteResult(SyncStateWriteStatus Status, string? ETag)
{
    /// <summary>A refused write because someone else wrote first.</summary>
    public static SyncStateWriteResult Conflict { get; } = new(SyncStateWriteStatus.Conflict, null);

    /// <summary>A refused write that would have put an older version over a newer one.</summary>
    public static SyncStateWriteResult Stale { get; } = new(SyncStateWriteStatus.Stale, null);

    /// <summary>A write that went through.</summary>
    public static SyncStateWriteResult Written(string etag) => new(SyncStateWriteStatus.Written, etag);
}

namespace Inventory.Core.Sync;

/// <summary>One page of sync states across SKUs.</summary>
/// <param name="States">The states on this page.</param>
/// <param name="Continuation">Pass back to read the next page; null on the last page.</param>
public sealed record SyncStatePage(IReadOnlyList<StoredSyncState> States, string? Continuation);

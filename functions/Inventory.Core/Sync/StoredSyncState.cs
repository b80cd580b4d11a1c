namespace Inventory.Core.Sync;

/// <summary>A sync state as stored, with the ETag a guarded write must present.</summary>
/// <param name="State">The state.</param>
/// <param name="ETag">Opaque; changes on every write.</param>
public sealed record StoredSyncState(ChannelSyncState State, string ETag);

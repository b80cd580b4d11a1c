namespace Inventory.Core.Sync.Allocation;

/// <summary>The outcome of writing rules.</summary>
/// <param name="Saved">True when the write was stored; false when the ETag given was no longer current.</param>
/// <param name="Current">What is stored now: the new rules when saved, the other writer's rules when not.</param>
public sealed record ChannelRuleWrite(bool Saved, StoredChannelRules Current);

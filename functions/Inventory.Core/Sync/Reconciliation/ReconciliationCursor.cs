namespace Inventory.Core.Sync.Reconciliation;

/// <summary>Where the rotating slice of the reconciliation continues on its next run.</summary>
/// <param name="Continuation">The sync state store's continuation; null to start from the beginning.</param>
/// <param name="UpdatedAt">When a run last moved the cursor.</param>
public sealed record ReconciliationCursor(string? Continuation, DateTimeOffset UpdatedAt);

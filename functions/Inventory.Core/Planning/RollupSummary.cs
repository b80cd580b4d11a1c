namespace Inventory.Core.Planning;

/// <summary>What one nightly roll-up wrote.</summary>
/// <param name="Date">The day rolled up.</param>
/// <param name="LedgerEntries">Ledger entries recorded that day.</param>
/// <param name="DemandRows">Demand facts written.</param>
/// <param name="PositionRows">Position facts written.</param>
/// <param name="Bootstrapped">Whether the previous day was missing, so the start of the day came from the whole ledger.</param>
/// <param name="Elapsed">How long the roll-up took.</param>
public sealed record RollupSummary(
    DateOnly Date, long LedgerEntries, int DemandRows, int PositionRows, bool Bootstrapped, TimeSpan Elapsed);

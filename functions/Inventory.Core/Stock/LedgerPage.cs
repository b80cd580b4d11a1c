namespace Inventory.Core.Stock;

/// <summary>One page of a SKU's ledger, newest first.</summary>
/// <param name="Entries">The entries on this page.</param>
/// <param name="Continuation">Pass back to read the next page; null on the last page.</param>
public sealed record LedgerPage(IReadOnlyList<LedgerEntry> Entries, string? Continuation);

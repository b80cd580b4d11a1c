namespace Inventory.Core.Stock;

/// <summary>The result of applying one movement through a stock store.</summary>
/// <param name="Status">Applied, duplicate or rejected.</param>
/// <param name="Key">The position touched.</param>
/// <param name="Quantities">The quantities after the movement (for a duplicate, right after its first apply).</param>
/// <param name="Version">The position's version after the movement (for a rejection, the current version).</param>
/// <param name="Entry">The ledger entry; null when rejected.</param>
/// <param name="Oversell">The oversell the movement caused, if any.</param>
/// <param name="Rejection">Why it was refused; null unless rejected.</param>
public sealed record ApplyOutcome(
    ApplyStatus Status,
    StockKey Key,
    StockQuantities Quantities,
    long Version,
    LedgerEntry? Entry,
    OversellIncident? Oversell,
    MovementRejection? Rejection)
{
    /// <summary>An applied movement.</summary>
    public static ApplyOutcome Applied(LedgerEntry entry, OversellIncident? oversell)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(ApplyStatus.Applied, new(entry.Sku, entry.Location), entry.QuantitiesAfter, entry.StockVersion,
            entry, oversell, null);
    }

    /// <summary>A redelivered movement, answered with what its first apply did.</summary>
    public static ApplyOutcome Duplicate(LedgerEntry entry, OversellIncident? oversell)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(ApplyStatus.Duplicate, new(entry.Sku, entry.Location), entry.QuantitiesAfter, entry.StockVersion,
            entry, oversell, null);
    }

    /// <summary>A refused movement, with the position as it stands.</summary>
    public static ApplyOutcome Rejected(StockPosition current, MovementRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new(ApplyStatus.Rejected, current.Key, current.Quantities, current.Version, null, null, rejection);
    }
}

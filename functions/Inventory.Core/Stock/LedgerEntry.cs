namespace Inventory.Core.Stock;

/// <summary>The permanent record of one applied movement: what changed, what it left, and what it cost.</summary>
public sealed record LedgerEntry
{
    /// <summary>The movement's id; also the entry's id, so one movement has at most one entry.</summary>
    public required string MovementId { get; init; }

    /// <summary>What happened.</summary>
    public required MovementKind Kind { get; init; }

    /// <summary>The SKU.</summary>
    public required string Sku { get; init; }

    /// <summary>The location.</summary>
    public required string Location { get; init; }

    /// <summary>The signed change of every quantity state.</summary>
    public required QuantityDeltas Deltas { get; init; }

    /// <summary>The quantities right after this movement.</summary>
    public required StockQuantities QuantitiesAfter { get; init; }

    /// <summary>The position's version right after this movement.</summary>
    public required long StockVersion { get; init; }

    /// <summary>The movement's quantity as sent (units, delta or counted quantity).</summary>
    public int Quantity { get; init; }

    /// <summary>Why, as the movement said.</summary>
    public string? Reason { get; init; }

    /// <summary>The order, purchase order or transfer this belongs to.</summary>
    public string? Reference { get; init; }

    /// <summary>Where the movement came from.</summary>
    public MovementSource? Source { get; init; }

    /// <summary>When it happened, as the source says.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>When this store recorded it.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>Cost of the units shipped, taken from the oldest layers; set on shipments only.</summary>
    public decimal? CostOfGoods { get; init; }

    /// <summary>Unit cost of units added by this movement, when it added any.</summary>
    public decimal? UnitCost { get; init; }

    /// <summary>Signed change in inventory value caused by this movement.</summary>
    public decimal ValueDelta { get; init; }

    /// <summary>Units that became promised without stock to cover them (see <see cref="OversellIncident"/>).</summary>
    public int OversoldUnits { get; init; }

    /// <summary>A digest of the movement's content; a reused id with other content is refused.</summary>
    public required string Fingerprint { get; init; }
}

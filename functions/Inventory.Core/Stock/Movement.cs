namespace Inventory.Core.Stock;

/// <summary>One change to one stock position, with a stable id that makes applying it idempotent.</summary>
/// <remarks>
/// <see cref="Quantity"/> means, by kind: the units moved (positive) for most kinds; the signed delta for an
/// <see cref="MovementKind.Adjustment"/>; the counted units (zero or more) for a <see cref="MovementKind.CycleCount"/>.
/// A <see cref="MovementKind.ChannelHeldStockSet"/> carries <see cref="Reported"/> instead.
/// </remarks>
public sealed record Movement
{
    /// <summary>Stable id: the same event always yields the same id, so a redelivery is recognised.</summary>
    public required string Id { get; init; }

    /// <summary>What happened.</summary>
    public required MovementKind Kind { get; init; }

    /// <summary>The SKU whose stock changes.</summary>
    public required string Sku { get; init; }

    /// <summary>The location whose stock changes.</summary>
    public required string Location { get; init; }

    /// <summary>Units, delta or counted quantity, depending on <see cref="Kind"/>.</summary>
    public int Quantity { get; init; }

    /// <summary>Cost per unit for receipts; optional for restocks and found stock (the current cost is used).</summary>
    public decimal? UnitCost { get; init; }

    /// <summary>Why, in a person's words. Required for adjustments.</summary>
    public string? Reason { get; init; }

    /// <summary>The business document this belongs to: order, purchase order or transfer id.</summary>
    public string? Reference { get; init; }

    /// <summary>Where the movement came from.</summary>
    public MovementSource? Source { get; init; }

    /// <summary>When it happened in the world, as the source says.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The channel's report, for <see cref="MovementKind.ChannelHeldStockSet"/> only.</summary>
    public ReportedQuantities? Reported { get; init; }

    /// <summary>The position this movement touches.</summary>
    public StockKey Key => new(Sku, Location);
}

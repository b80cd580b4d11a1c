namespace Inventory.Core.Stock;

/// <summary>Units promised to customers that the location could not cover when the movement was recorded.</summary>
/// <param name="MovementId">The movement that uncovered them.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">The location.</param>
/// <param name="Channel">The channel that sold the units, when known.</param>
/// <param name="Shortfall">Units newly uncovered by this movement.</param>
/// <param name="AvailableBefore">Available right before the movement.</param>
/// <param name="AvailableAfter">Available right after the movement (negative).</param>
/// <param name="Kind">The movement kind; usually an order commit, sometimes a count or write-off.</param>
/// <param name="OccurredAt">When the movement happened.</param>
/// <param name="RecordedAt">When the store recorded it.</param>
public sealed record OversellIncident(
    string MovementId,
    string Sku,
    string Location,
    string? Channel,
    int Shortfall,
    int AvailableBefore,
    int AvailableAfter,
    MovementKind Kind,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt);

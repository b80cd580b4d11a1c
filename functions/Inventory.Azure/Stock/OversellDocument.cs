using Inventory.Core.Stock;

namespace Inventory.Azure.Stock;

/// <summary>
/// An oversell incident in container <c>oversells</c>, partitioned by <see cref="Period"/> (the <c>yyyy-MM</c> of
/// when it was recorded, UTC) so that a month's incidents are one partition; id is the movement id.
/// </summary>
internal sealed record OversellDocument
{
    public required string Id { get; init; }

    public required string Period { get; init; }

    /// <summary>Newest-first sort key: recorded-at UTC ticks (19 digits), a bar, then the movement id.</summary>
    public required string Seq { get; init; }

    public required string Sku { get; init; }

    public required string Location { get; init; }

    public string? Channel { get; init; }

    public required int Shortfall { get; init; }

    public required int AvailableBefore { get; init; }

    public required int AvailableAfter { get; init; }

    public required MovementKind Kind { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}

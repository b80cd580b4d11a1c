using System.Text.Json.Serialization;
using Inventory.Core.Stock;

namespace Inventory.Azure.Stock;

/// <summary>
/// A ledger entry in container <c>ledger</c> (partition key <c>/sku</c>, id = movement id). The same shape sits in a
/// stock document's recent entries, so an entry lost to a crash between the two writes can be written again.
/// </summary>
internal sealed record LedgerDocument
{
    public required string Id { get; init; }

    public required string Sku { get; init; }

    public required string Location { get; init; }

    /// <summary>Newest-first sort key: recorded-at UTC ticks, location and stock version, fixed width.</summary>
    public required string Seq { get; init; }

    public required MovementKind Kind { get; init; }

    public required QuantityStatesDocument Deltas { get; init; }

    public required QuantityStatesDocument QuantitiesAfter { get; init; }

    public required long StockVersion { get; init; }

    public int Quantity { get; init; }

    public string? Reason { get; init; }

    public string? Reference { get; init; }

    public MovementSourceDocument? Source { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    [JsonNumberHandling(CosmosJson.DecimalHandling)]
    public decimal? CostOfGoods { get; init; }

    [JsonNumberHandling(CosmosJson.DecimalHandling)]
    public decimal? UnitCost { get; init; }

    [JsonNumberHandling(CosmosJson.DecimalHandling)]
    public decimal ValueDelta { get; init; }

    public int OversoldUnits { get; init; }

    public required string Fingerprint { get; init; }

    /// <summary>The oversell this movement caused, kept with the entry so a redelivery can restore it.</summary>
    public OversellDocument? Oversell { get; init; }
}

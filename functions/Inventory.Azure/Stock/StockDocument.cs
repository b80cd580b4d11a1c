using System.Text.Json.Serialization;

namespace Inventory.Azure.Stock;

/// <summary>
/// One SKU at one location in container <c>stock</c>: id <c>{sku}|{location}</c>, partition key <c>/sku</c>.
/// The quantities, the cost layers, the version and the ids of the movements applied are replaced together in one
/// compare-and-swap on the document's ETag, which is what makes an apply atomic and idempotent.
/// Position reads project the two windows away, so they read as empty there.
/// </summary>
internal sealed record StockDocument
{
    public required string Id { get; init; }

    public required string Sku { get; init; }

    public required string Location { get; init; }

    public required QuantityStatesDocument Quantities { get; init; }

    public required IReadOnlyList<CostLayerDocument> CostLayers { get; init; }

    /// <summary>How many movements have been applied; equals the newest ledger entry's stock version.</summary>
    public required long Version { get; init; }

    [JsonNumberHandling(CosmosJson.DecimalHandling)]
    public decimal? LastUnitCost { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Ids of the last movements applied, newest last; older ids fall out of this bounded window.</summary>
    public IReadOnlyList<string> AppliedMovementIds { get; init; } = [];

    /// <summary>The full ledger entries of the last few applies, newest last.</summary>
    public IReadOnlyList<LedgerDocument> RecentEntries { get; init; } = [];
}

namespace Inventory.Core.Stock;

/// <summary>The stock of one SKU at one location: quantities, cost layers and a version that grows by one a movement.</summary>
/// <param name="Key">The SKU and location.</param>
/// <param name="Quantities">The quantity states.</param>
/// <param name="CostLayers">Remaining FIFO cost layers, oldest first; their units add up to on hand.</param>
/// <param name="Version">How many movements have been applied; 0 for a position that has never moved.</param>
/// <param name="LastUnitCost">The unit cost of the newest receipt, used to value stock that arrives without a cost.</param>
/// <param name="UpdatedAt">When the last movement was recorded.</param>
public sealed record StockPosition(
    StockKey Key,
    StockQuantities Quantities,
    IReadOnlyList<CostLayer> CostLayers,
    long Version,
    decimal? LastUnitCost,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The value of the stock on hand: the sum of the remaining cost layers.</summary>
    public decimal InventoryValue => CostLayers.Sum(layer => layer.Value);

    /// <summary>A position that has never had a movement.</summary>
    public static StockPosition Empty(StockKey key) =>
        new(key, StockQuantities.Zero, [], 0, null, DateTimeOffset.MinValue);
}

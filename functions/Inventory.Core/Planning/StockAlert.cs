namespace Inventory.Core.Planning;

/// <summary>The low-stock alert of a SKU at a location, judged on its inventory position.</summary>
public enum StockAlert
{
    /// <summary>The position is above the reorder point.</summary>
    None,

    /// <summary>The position is at or below the reorder point: time to order.</summary>
    BelowReorderPoint,

    /// <summary>The position is below the safety stock: the buffer is being used up.</summary>
    BelowSafetyStock,
}

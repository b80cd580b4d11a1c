namespace Inventory.Core.Stock;

/// <summary>Units received together at one unit cost; shipments consume the oldest layer first (FIFO).</summary>
/// <param name="Quantity">Units of this layer still on hand.</param>
/// <param name="UnitCost">What one unit of this layer cost.</param>
/// <param name="ReceivedAt">When the layer's units arrived.</param>
/// <param name="MovementId">The movement that created the layer.</param>
public sealed record CostLayer(int Quantity, decimal UnitCost, DateTimeOffset ReceivedAt, string MovementId)
{
    /// <summary>The value of the units left in this layer.</summary>
    public decimal Value => Quantity * UnitCost;
}

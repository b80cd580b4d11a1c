namespace Inventory.Core.Planning;

/// <summary>
/// The end of one day for a SKU at one location: the quantities and value left, and what the day received, sold and
/// wrote off. Written for every position that exists, moved or not, so a day's file is a full snapshot.
/// </summary>
/// <param name="Date">The UTC day.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">The location.</param>
/// <param name="OnHand">Units on hand at the end of the day.</param>
/// <param name="Committed">Units committed to open orders at the end of the day.</param>
/// <param name="Unavailable">Units on hand that cannot be sold.</param>
/// <param name="Incoming">Units on open purchase orders.</param>
/// <param name="InTransit">Units of inbound transfers not yet received.</param>
/// <param name="InventoryValue">FIFO value of the stock on hand at the end of the day.</param>
/// <param name="UnitsReceived">Units received on purchase orders that day.</param>
/// <param name="CostOfGoodsSold">FIFO cost of the units shipped that day, over every channel.</param>
/// <param name="WriteOffValue">Value lost that day to negative adjustments and counts (damage, shrinkage).</param>
/// <param name="StockedOut">Whether available stock was zero or less at any point of the day.</param>
public readonly record struct DailyPositionFact(
    DateOnly Date,
    string Sku,
    string Location,
    int OnHand,
    int Committed,
    int Unavailable,
    int Incoming,
    int InTransit,
    decimal InventoryValue,
    int UnitsReceived,
    decimal CostOfGoodsSold,
    decimal WriteOffValue,
    bool StockedOut)
{
    /// <summary>Units that can be promised: on hand less committed and unavailable.</summary>
    public int Available => OnHand - Committed - Unavailable;

    /// <summary>On hand plus incoming and in transit, less committed and unavailable.</summary>
    public int InventoryPosition => OnHand + Incoming + InTransit - Committed - Unavailable;
}

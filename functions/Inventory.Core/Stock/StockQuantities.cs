namespace Inventory.Core.Stock;

/// <summary>The quantity states of one SKU at one location.</summary>
/// <param name="OnHand">Units physically at the location.</param>
/// <param name="Committed">Units allocated to open orders and not yet shipped.</param>
/// <param name="Unavailable">Units on hand that cannot be sold: damaged or on quality hold.</param>
/// <param name="Incoming">Units on open purchase orders towards this location.</param>
/// <param name="InTransit">Units of transfers shipped towards this location and not yet received.</param>
public readonly record struct StockQuantities(int OnHand, int Committed, int Unavailable, int Incoming, int InTransit)
{
    /// <summary>No stock in any state.</summary>
    public static StockQuantities Zero => default;

    /// <summary>Units that can be promised to a new order. Below zero only after an oversell.</summary>
    public int Available => OnHand - Committed - Unavailable;

    /// <summary>What planning counts on: on hand plus incoming and in transit, less committed and unavailable.</summary>
    public int InventoryPosition => OnHand + Incoming + InTransit - Committed - Unavailable;

    /// <summary>Applies a change to every state.</summary>
    public StockQuantities Apply(QuantityDeltas deltas) => new(
        checked(OnHand + deltas.OnHand),
        checked(Committed + deltas.Committed),
        checked(Unavailable + deltas.Unavailable),
        checked(Incoming + deltas.Incoming),
        checked(InTransit + deltas.InTransit));

    /// <summary>The change that turns this into <paramref name="target"/>.</summary>
    public QuantityDeltas DeltasTo(StockQuantities target) => new(
        target.OnHand - OnHand,
        target.Committed - Committed,
        target.Unavailable - Unavailable,
        target.Incoming - Incoming,
        target.InTransit - InTransit);
}

namespace Inventory.Core.Stock;

/// <summary>What happened to stock. Each kind touches exactly one SKU at one location.</summary>
public enum MovementKind
{
    /// <summary>Not a movement: the value a missing or unknown kind reads as. Always rejected.</summary>
    Unknown = 0,

    /// <summary>An order line was placed: committed grows. Accepted beyond available as an oversell.</summary>
    OrderLineCommitted,

    /// <summary>An order line was cancelled before shipping: committed shrinks.</summary>
    OrderLineReleased,

    /// <summary>An order line left the building: on hand and committed shrink, oldest cost first.</summary>
    OrderLineShipped,

    /// <summary>A returned unit went back to sellable stock: on hand grows.</summary>
    ReturnRestocked,

    /// <summary>A returned unit is kept but cannot be sold: on hand and unavailable grow.</summary>
    ReturnToUnavailable,

    /// <summary>On hand changed by a signed delta, with a reason (damage, found stock, write-off).</summary>
    Adjustment,

    /// <summary>A cycle count set on hand to the counted quantity.</summary>
    CycleCount,

    /// <summary>A transfer left this location: on hand shrinks. Only available stock can be transferred.</summary>
    TransferShipped,

    /// <summary>A transfer is on its way to this location: in transit grows.</summary>
    TransferInbound,

    /// <summary>A transfer arrived at this location: in transit shrinks and on hand grows.</summary>
    TransferReceived,

    /// <summary>A purchase order line was placed: incoming grows.</summary>
    PurchaseOrderPlaced,

    /// <summary>A purchase order line was received, fully or in part: incoming moves to on hand at a unit cost.</summary>
    PurchaseOrderReceived,

    /// <summary>An open purchase order line was cancelled: incoming shrinks.</summary>
    PurchaseOrderCancelled,

    /// <summary>A channel that holds the stock (such as Amazon FBA) reported its quantities; they replace ours.</summary>
    ChannelHeldStockSet,
}

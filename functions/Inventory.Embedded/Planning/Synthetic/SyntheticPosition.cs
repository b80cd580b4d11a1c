namespace Inventory.Embedded.Planning.Synthetic;

/// <summary>The generator's own view of one SKU x location, kept in step with the stock store's.</summary>
internal sealed class SyntheticPosition
{
    public int OnHand { get; set; }

    public int Unavailable { get; set; }

    public int Committed { get; set; }

    public int Incoming { get; set; }

    public int Sellable => OnHand - Unavailable;

    /// <summary>Committed order lines not shipped yet, oldest first.</summary>
    public List<SyntheticOrderLine> Open { get; } = [];

    /// <summary>Open purchase orders: the day each arrives and its units.</summary>
    public List<(int Arrives, int Units, string Reference)> PurchaseOrders { get; } = [];
}

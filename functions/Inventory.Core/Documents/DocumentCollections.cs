namespace Inventory.Core.Documents;

/// <summary>The collection names, the same in every adapter.</summary>
public static class DocumentCollections
{
    /// <summary>Purchase orders and their receipts.</summary>
    public const string PurchaseOrders = "purchase-orders";

    /// <summary>Transfers between locations.</summary>
    public const string Transfers = "transfers";

    /// <summary>Listing-to-SKU mappings.</summary>
    public const string Listings = "listings";

    /// <summary>Lines that matched no SKU, kept for review.</summary>
    public const string Unmapped = "unmapped";

    /// <summary>First responses to POSTs that carried an Idempotency-Key.</summary>
    public const string Idempotency = "idempotency";

    /// <summary>Drift events found by the reconciliation, one document each.</summary>
    public const string DriftEvents = "drift-events";

    /// <summary>The latest drift event per channel and SKU, for point reads.</summary>
    public const string LatestDrift = "drift-latest";

    /// <summary>The reconciliation's own state (the rotating slice's cursor).</summary>
    public const string Reconciliation = "reconciliation";
}

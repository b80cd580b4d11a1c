namespace Inventory.Core.Operations;

/// <summary>Changes on hand by a signed delta: <c>POST /api/stock/adjustments</c>.</summary>
public sealed record AdjustmentRequest(string? Sku, string? Location, int? Delta, string? Reason, decimal? UnitCost);

/// <summary>Sets on hand to a counted quantity: <c>POST /api/stock/counts</c>.</summary>
public sealed record CountRequest(string? Sku, string? Location, int? CountedQuantity, string? Reason);

/// <summary>Ships units from one location to another: <c>POST /api/transfers</c>.</summary>
public sealed record TransferRequest(string? Id, string? Sku, string? FromLocation, string? ToLocation, int? Quantity);

/// <summary>Receives (part of) a transfer: <c>POST /api/transfers/{id}/receipt</c>. Quantity defaults to the rest.</summary>
public sealed record TransferReceiptRequest(string? ReceiptId, int? Quantity);

/// <summary>One line of a purchase order.</summary>
public sealed record PurchaseOrderLineRequest(string? Sku, string? Location, int? Quantity, decimal? UnitCost, DateOnly? Eta);

/// <summary>Places a purchase order: <c>POST /api/purchase-orders</c>.</summary>
public sealed record PurchaseOrderRequest(string? Id, string? Supplier, IReadOnlyList<PurchaseOrderLineRequest>? Lines);

/// <summary>One received line; <see cref="Line"/> is the 1-based line number of the order.</summary>
public sealed record PurchaseOrderReceiptLine(int? Line, int? Quantity);

/// <summary>Receives part or all of a purchase order: <c>POST /api/purchase-orders/{id}/receipts</c>.</summary>
public sealed record PurchaseOrderReceiptRequest(string? ReceiptId, IReadOnlyList<PurchaseOrderReceiptLine>? Lines);

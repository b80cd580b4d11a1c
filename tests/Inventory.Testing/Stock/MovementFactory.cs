using Inventory.Core.Stock;

namespace Inventory.Testing.Stock;

/// <summary>Builds movements for tests with readable defaults.</summary>
public static class MovementFactory
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static Movement Make(
        MovementKind kind,
        string sku,
        string location,
        int quantity,
        string? id = null,
        decimal? unitCost = null,
        string? reason = null,
        string? channel = null) =>
        new()
        {
            Id = id ?? $"{kind}-{Guid.NewGuid():N}",
            Kind = kind,
            Sku = sku,
            Location = location,
            Quantity = quantity,
            UnitCost = unitCost,
            Reason = reason ?? (kind == MovementKind.Adjustment ? "test adjustment" : null),
            Source = channel is null ? null : new MovementSource(channel, "ext-1"),
            OccurredAt = Epoch,
        };

    public static Movement Receive(string sku, string location, int quantity, decimal unitCost, string? id = null) =>
        Make(MovementKind.PurchaseOrderReceived, sku, location, quantity, id, unitCost);

    public static Movement Place(string sku, string location, int quantity, string? id = null) =>
        Make(MovementKind.PurchaseOrderPlaced, sku, location, quantity, id);

    public static Movement Commit(string sku, string location, int quantity, string? id = null, string? channel = null) =>
        Make(MovementKind.OrderLineCommitted, sku, location, quantity, id, channel: channel);

    public static Movement Ship(string sku, string location, int quantity, string? id = null) =>
        Make(MovementKind.OrderLineShipped, sku, location, quantity, id);

    public static Movement Adjust(string sku, string location, int delta, string? id = null, decimal? unitCost = null) =>
        Make(MovementKind.Adjustment, sku, location, delta, id, unitCost);

    /// <summary>A SKU no other test uses, so tests can share one store.</summary>
    public static string NewSku(string prefix = "SKU") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];
}

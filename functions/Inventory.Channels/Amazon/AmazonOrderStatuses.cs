using Inventory.Channels.Common;
using Inventory.Core.Stock;

namespace Inventory.Channels.Amazon;

/// <summary>The movements each Amazon order status implies for one item, cumulatively.</summary>
/// <remarks>
/// A partially shipped order ships only its items that are shipped in full: an item's ship id carries no quantity,
/// so shipping part of it now and the rest later would give one id two contents. The rest ship with <c>Shipped</c>.
/// <c>Unfulfillable</c> and unknown statuses move nothing.
/// </remarks>
internal static class AmazonOrderStatuses
{
    public static bool IsActedOn(string status) => status is "Pending" or "Unshipped" or "PendingAvailability"
        or "InvoiceUnconfirmed" or "PartiallyShipped" or "Shipped" or "Canceled";

    public static IReadOnlyList<MovementStep> Steps(string status, string orderId, AmazonOrderItem item)
    {
        var commit = new MovementStep(
            MovementKind.OrderLineCommitted, Id(orderId, item, "commit"), item.QuantityOrdered);
        var ship = new MovementStep(MovementKind.OrderLineShipped, Id(orderId, item, "ship"), item.QuantityOrdered);
        var unshipped = item.QuantityOrdered - Math.Min(item.QuantityShipped, item.QuantityOrdered);
        return status switch
        {
            "Shipped" => [commit, ship],
            "PartiallyShipped" when item.QuantityShipped >= item.QuantityOrdered => [commit, ship],
            "Canceled" when unshipped > 0 =>
                [commit, new MovementStep(MovementKind.OrderLineReleased, Id(orderId, item, "release"), unshipped)],
            "Canceled" => [],
            _ => [commit],
        };
    }

    private static string Id(string orderId, AmazonOrderItem item, string step) =>
        MovementIds.Create(ChannelNames.Amazon, "order", orderId, "item", item.OrderItemId, step);
}

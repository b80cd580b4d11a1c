using Inventory.Channels.Common;
using Inventory.Core.Stock;

namespace Inventory.Channels.Tiktok;

/// <summary>The movements each TikTok Shop order status implies for one line, cumulatively.</summary>
/// <remarks>
/// TikTok holds stock for an order from <c>UNPAID</c> on, so every open status commits. <c>PARTIALLY_SHIPPING</c>
/// only commits: the order status does not say which lines left, and they ship with <c>IN_TRANSIT</c>.
/// </remarks>
internal static class TiktokOrderStatuses
{
    public static bool IsActedOn(string status) => status is "UNPAID" or "ON_HOLD" or "AWAITING_SHIPMENT"
        or "PARTIALLY_SHIPPING" or "AWAITING_COLLECTION" or "IN_TRANSIT" or "DELIVERED" or "COMPLETED" or "CANCELLED";

    public static IReadOnlyList<MovementStep> Steps(string status, string orderId, TiktokOrderLine line)
    {
        var commit = new MovementStep(MovementKind.OrderLineCommitted, Id(orderId, line, "commit"), line.Quantity);
        return status switch
        {
            "IN_TRANSIT" or "DELIVERED" or "COMPLETED" =>
                [commit, new MovementStep(MovementKind.OrderLineShipped, Id(orderId, line, "ship"), line.Quantity)],
            "CANCELLED" =>
                [commit, new MovementStep(MovementKind.OrderLineReleased, Id(orderId, line, "release"), line.Quantity)],
            _ => [commit],
        };
    }

    private static string Id(string orderId, TiktokOrderLine line, string step) =>
        MovementIds.Create(ChannelNames.Tiktok, "order", orderId, "line", line.LineId, step);
}

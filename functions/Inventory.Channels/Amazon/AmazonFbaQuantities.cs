using System.Text.Json;
using Inventory.Channels.Common;
using Inventory.Core.Stock;

namespace Inventory.Channels.Amazon;

/// <summary>Reads one marketplace entry of an FBA inventory notification as channel-held quantities.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>on hand = fulfillable + reserved + unfulfillable: every unit Amazon physically holds for us.</item>
/// <item>committed = reserved for customer orders (<c>PendingCustomerOrderQuantity</c>), or all reserved units when
/// Amazon sends no breakdown.</item>
/// <item>unavailable = unfulfillable + the rest of reserved (transfers between fulfilment centres, processing).</item>
/// <item>in transit = inbound working + shipped + receiving.</item>
/// </list>
/// So our available there (on hand - committed - unavailable) equals Amazon's fulfillable. Researching units are left
/// out: Amazon has not confirmed they exist.
/// </remarks>
internal static class AmazonFbaQuantities
{
    public static ReportedQuantities Read(JsonElement inventory, string path, PayloadProblems problems)
    {
        var fulfillable = Payload.Count(inventory, "FulfillableQuantity", path, problems);
        var reservedTotal = 0;
        var forOrders = 0;
        var reservedPath = Payload.Path(path, "ReservedQuantity");
        if (Payload.TryGet(inventory, "ReservedQuantity", out var reserved))
        {
            reservedTotal = Payload.Count(reserved, "TotalReservedQuantity", reservedPath, problems);
            forOrders = Payload.TryGet(reserved, "PendingCustomerOrderQuantity", out _)
                ? Math.Min(
                    Payload.Count(reserved, "PendingCustomerOrderQuantity", reservedPath, problems), reservedTotal)
                : reservedTotal;
        }

        var unfulfillable = Payload.TryGet(inventory, "UnfulfillableQuantity", out var broken)
            ? Payload.Count(broken, "TotalUnfulfillableQuantity", Payload.Path(path, "UnfulfillableQuantity"), problems)
            : 0;
        var inbound = 0L;
        if (Payload.TryGet(inventory, "InboundQuantities", out var incoming))
        {
            var inboundPath = Payload.Path(path, "InboundQuantities");
            inbound = (long)Payload.Count(incoming, "InboundWorking", inboundPath, problems)
                + Payload.Count(incoming, "InboundShipped", inboundPath, problems)
                + Payload.Count(incoming, "InboundReceiving", inboundPath, problems);
        }

        var onHand = (long)fulfillable + reservedTotal + unfulfillable;
        if (onHand > MovementValidator.MaxQuantity || inbound > MovementValidator.MaxQuantity)
        {
            problems.Add(path, $"The FBA quantities add up to more than {MovementValidator.MaxQuantity} units.");
            return new ReportedQuantities(0, 0, 0, 0);
        }

        return new ReportedQuantities(
            (int)onHand, forOrders, unfulfillable + (reservedTotal - forOrders), (int)inbound);
    }
}

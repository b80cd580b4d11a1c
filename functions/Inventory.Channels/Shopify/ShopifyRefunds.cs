using System.Text.Json;
using Inventory.Channels.Common;
using Inventory.Core.Stock;

namespace Inventory.Channels.Shopify;

/// <summary>What a Shopify refund line does to stock, from its <c>restock_type</c>.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>return</c>: the unit came back and was restocked, so it is a
/// <see cref="MovementKind.ReturnRestocked"/>.</item>
/// <item><c>cancel</c>: Shopify uses it for units that never shipped, so nothing comes back to the shelf; the order
/// simply stops holding them, which is an <see cref="MovementKind.OrderLineReleased"/>. Booking it as a restock would
/// count the unit twice: it never left on hand.</item>
/// <item><c>no_restock</c> (and the old <c>legacy_restock</c>) on a line that was never fulfilled: also a release,
/// for the same reason. On a fulfilled line: the unit is kept but not sold again, a
/// <see cref="MovementKind.ReturnToUnavailable"/>. A refund where the buyer keeps the item looks the same; operations
/// write such units off with an adjustment.</item>
/// </list>
/// </remarks>
internal static class ShopifyRefunds
{
    public static MovementKind Classify(string? restockType, JsonElement lineItem) => restockType switch
    {
        "return" => MovementKind.ReturnRestocked,
        "cancel" => MovementKind.OrderLineReleased,
        _ when WasFulfilled(lineItem) => restockType == "legacy_restock"
            ? MovementKind.ReturnRestocked
            : MovementKind.ReturnToUnavailable,
        _ => MovementKind.OrderLineReleased,
    };

    private static bool WasFulfilled(JsonElement lineItem) =>
        Payload.OptionalText(lineItem, "fulfillment_status") is "fulfilled" or "partial";
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Inventory.Core.Sync;

namespace Inventory.Channels.Shopify;

/// <summary>The Admin GraphQL documents the outbound client sends, and the id form Shopify expects.</summary>
internal static class ShopifyGraphQl
{
    /// <summary>The first version whose quantities carry <c>changeFromQuantity</c>.</summary>
    public const string ChangeFromVersion = "2026-04";

    private const string ReadQuery =
        "query AvailableAt($item: ID!, $location: ID!) { inventoryItem(id: $item) { "
        + "inventoryLevel(locationId: $location) { quantities(names: [\"available\"]) { name quantity } } } }";

    /// <summary>The <c>inventorySetQuantities</c> request body for one inventory item at one location.</summary>
    public static string SetAvailable(
        ChannelPush push, ChannelListing listing, ShopifyOutboundOptions options)
    {
        var changeFrom = string.CompareOrdinal(options.ApiVersion, ChangeFromVersion) >= 0;
        var quantity = new JsonObject
        {
            ["inventoryItemId"] = Gid("InventoryItem", listing.InventoryItemId!),
            ["locationId"] = Gid("Location", listing.LocationId!),
            ["quantity"] = push.Quantity,
        };
        var input = new JsonObject { ["name"] = "available", ["reason"] = options.Reason };
        if (changeFrom)
        {
            // Null is sent on purpose: it opts this quantity out of the compare; leaving it out is an error.
            quantity["changeFromQuantity"] = push.ExpectedChannelQuantity is { } expected
                ? JsonValue.Create(expected)
                : null;
        }
        else
        {
            if (push.ExpectedChannelQuantity is { } expected)
            {
                quantity["compareQuantity"] = expected;
            }

            input["ignoreCompareQuantity"] = push.ExpectedChannelQuantity is null;
        }

        input["quantities"] = new JsonArray(quantity);
        var directive = options.SendIdempotencyKey
            ? $" @idempotent(key: \"{Escape(push.IdempotencyKey)}\")"
            : string.Empty;
        var query = "mutation SetAvailable($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: "
            + $"$input){directive} {{ inventoryAdjustmentGroup {{ id }} userErrors {{ code field message }} }} }}";
        return new JsonObject { ["query"] = query, ["variables"] = new JsonObject { ["input"] = input } }
            .ToJsonString();
    }

    /// <summary>The query reading the <c>available</c> quantity of an inventory item at a location.</summary>
    public static string ReadAvailable(ChannelListing listing) =>
        new JsonObject
        {
            ["query"] = ReadQuery,
            ["variables"] = new JsonObject
            {
                ["item"] = Gid("InventoryItem", listing.InventoryItemId!),
                ["location"] = Gid("Location", listing.LocationId!),
            },
        }.ToJsonString();

    /// <summary>A global id from a numeric id; an id that already is one is kept.</summary>
    public static string Gid(string type, string id) =>
        id.StartsWith("gid://", StringComparison.Ordinal)
            ? id
            : string.Create(CultureInfo.InvariantCulture, $"gid://shopify/{type}/{id}");

    /// <summary>Escapes text for a GraphQL string literal.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case < ' ':
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:x4}");
                    break;
                default:
                    builder.Append(character);
                    break;
            }
        }

        return builder.ToString();
    }
}

using System.ComponentModel.DataAnnotations;
using Inventory.Channels.Common;

namespace Inventory.Channels.Shopify;

/// <summary>Settings of the Shopify webhook adapter (section <c>Channels:Shopify</c>).</summary>
public sealed class ShopifyOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Channels:Shopify";

    /// <summary>The app's client secret, which keys the <c>X-Shopify-Hmac-Sha256</c> signature. Never logged.</summary>
    /// <value>No default: without it every delivery is refused.</value>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// The client secret before the last rotation. Shopify may keep signing with it for up to an hour after a
    /// rotation, so deliveries signed with it are accepted too. Remove it once the rotation has settled. Never logged.
    /// </summary>
    /// <value>No default.</value>
    public string? PreviousWebhookSecret { get; set; }

    /// <summary>The location that Shopify orders commit, ship and return stock at.</summary>
    /// <value>Defaults to <c>WH-MAIN</c>.</value>
    [Required]
    [RegularExpression(ChannelOptionsDefaults.LocationPattern)]
    public string Location { get; set; } = ChannelOptionsDefaults.Location;

    /// <summary>
    /// Shopify location ids whose stock Shopify itself holds (a fulfilment service), each mapped to our location
    /// code. An <c>inventory_levels/update</c> for one of them becomes a channel-held stock report; for any other
    /// location it is an echo of our own push and is acknowledged as unsupported.
    /// </summary>
    /// <value>Defaults to none.</value>
    public Dictionary<string, string> ChannelHeldLocations { get; } = new(StringComparer.Ordinal);
}

using System.ComponentModel.DataAnnotations;
using Inventory.Channels.Common;

namespace Inventory.Channels.Amazon;

/// <summary>Settings of the Amazon SP-API adapter (section <c>Channels:Amazon</c>).</summary>
/// <remarks>
/// SP-API notifications reach HTTP through an EventBridge API destination whose connection adds
/// <see cref="SecretHeaderName"/> with <see cref="SharedSecret"/> to every call.
/// </remarks>
public sealed class AmazonOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Channels:Amazon";

    /// <summary>The secret the EventBridge connection sends. Never logged.</summary>
    /// <value>No default: without it every delivery is refused.</value>
    public string? SharedSecret { get; set; }

    /// <summary>The header the EventBridge connection puts the secret in.</summary>
    /// <value>Defaults to <c>X-Inventory-Secret</c>.</value>
    [Required]
    public string SecretHeaderName { get; set; } = "X-Inventory-Secret";

    /// <summary>The location that merchant-fulfilled (MFN) orders commit and ship stock at.</summary>
    /// <value>Defaults to <c>WH-MAIN</c>.</value>
    [Required]
    [RegularExpression(ChannelOptionsDefaults.LocationPattern)]
    public string Location { get; set; } = ChannelOptionsDefaults.Location;

    /// <summary>The location standing for Amazon's fulfilment network: FBA stock reports and AFN orders.</summary>
    /// <value>Defaults to <c>FBA</c>.</value>
    [Required]
    [RegularExpression(ChannelOptionsDefaults.LocationPattern)]
    public string FbaLocation { get; set; } = "FBA";

    /// <summary>
    /// The marketplace whose FBA quantities are taken from an inventory notification. A unified fulfilment network
    /// reports the same pool under each of its marketplaces, so the entries are never added up.
    /// </summary>
    /// <value>No default: the first marketplace in the notification is taken.</value>
    public string? FbaMarketplaceId { get; set; }

    /// <summary>The SP-API endpoint for the seller's region, used to fetch order items.</summary>
    /// <value>Defaults to <c>https://sellingpartnerapi-na.amazon.com</c>.</value>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://sellingpartnerapi-na.amazon.com";

    /// <summary>
    /// A fixed Login with Amazon access token sent as <c>x-amz-access-token</c>, used only when the client id,
    /// secret and refresh token of the exchange are not set. Never logged. It expires after an hour.
    /// </summary>
    /// <value>No default.</value>
    public string? AccessToken { get; set; }
}

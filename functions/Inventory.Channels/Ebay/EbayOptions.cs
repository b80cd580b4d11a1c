using System.ComponentModel.DataAnnotations;
using Inventory.Channels.Common;

namespace Inventory.Channels.Ebay;

/// <summary>Settings of the eBay Notification API adapter (section <c>Channels:Ebay</c>).</summary>
public sealed class EbayOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Channels:Ebay";

    /// <summary>
    /// The verification token given to eBay with the endpoint (32 to 80 characters), hashed into the challenge
    /// answer. Never logged. Until it is set the adapter answers no challenge and refuses every delivery.
    /// </summary>
    /// <value>No default.</value>
    public string? VerificationToken { get; set; }

    /// <summary>The endpoint URL exactly as registered with eBay; it is part of the challenge hash.</summary>
    /// <value>No default: the URL the request arrived on is used, which differs behind a proxy.</value>
    [Url]
    public string? EndpointUrl { get; set; }

    /// <summary>The eBay API root, for the public keys and the orders.</summary>
    /// <value>Defaults to <c>https://api.ebay.com</c>.</value>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://api.ebay.com";

    /// <summary>
    /// A fixed OAuth access token sent as a bearer token, used only when the client id, secret and refresh token
    /// that the token exchanges need are not set. Never logged. It expires and must then be replaced by hand.
    /// </summary>
    /// <value>No default.</value>
    public string? AccessToken { get; set; }

    /// <summary>How long a fetched public key is trusted before it is fetched again, in minutes.</summary>
    /// <value>Defaults to 60, as eBay advises.</value>
    [Range(1, 1440)]
    public int PublicKeyCacheMinutes { get; set; } = 60;

    /// <summary>The location that eBay orders commit and ship stock at.</summary>
    /// <value>Defaults to <c>WH-MAIN</c>.</value>
    [Required]
    [RegularExpression(ChannelOptionsDefaults.LocationPattern)]
    public string Location { get; set; } = ChannelOptionsDefaults.Location;
}

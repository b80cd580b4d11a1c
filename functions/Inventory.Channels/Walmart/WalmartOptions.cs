using System.ComponentModel.DataAnnotations;
using Inventory.Channels.Common;

namespace Inventory.Channels.Walmart;

/// <summary>Settings of the Walmart Marketplace webhook adapter (section <c>Channels:Walmart</c>).</summary>
public sealed class WalmartOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Channels:Walmart";

    /// <summary>How the subscription authenticates its deliveries.</summary>
    /// <value>Defaults to <see cref="WalmartAuthMethod.Hmac"/>.</value>
    public WalmartAuthMethod AuthMethod { get; set; } = WalmartAuthMethod.Hmac;

    /// <summary>The client secret that keys the HMAC. Never logged.</summary>
    /// <value>No default: with <see cref="WalmartAuthMethod.Hmac"/> and no secret every delivery is refused.</value>
    public string? ClientSecret { get; set; }

    /// <summary>The header holding the HMAC: the subscription's <c>authHeaderName</c>.</summary>
    /// <value>Defaults to <c>X-Walmart-Signature</c>; it must match what the subscription was created with.</value>
    [Required]
    public string AuthHeaderName { get; set; } = "X-Walmart-Signature";

    /// <summary>How the HMAC is written. Walmart's documentation does not say, so it is configurable.</summary>
    /// <value>Defaults to <see cref="WalmartSignatureEncoding.Base64"/>.</value>
    public WalmartSignatureEncoding SignatureEncoding { get; set; } = WalmartSignatureEncoding.Base64;

    /// <summary>The user for <see cref="WalmartAuthMethod.BasicAuth"/>.</summary>
    /// <value>No default.</value>
    public string? BasicAuthUser { get; set; }

    /// <summary>The password for <see cref="WalmartAuthMethod.BasicAuth"/>. Never logged.</summary>
    /// <value>No default: with basic auth and no password every delivery is refused.</value>
    public string? BasicAuthPassword { get; set; }

    /// <summary>The location that Walmart orders commit and release stock at.</summary>
    /// <value>Defaults to <c>WH-MAIN</c>.</value>
    [Required]
    [RegularExpression(ChannelOptionsDefaults.LocationPattern)]
    public string Location { get; set; } = ChannelOptionsDefaults.Location;

    /// <summary>The Marketplace API, used to fetch a purchase order whose notification carries no lines.</summary>
    /// <value>Defaults to <c>https://marketplace.walmartapis.com</c>.</value>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://marketplace.walmartapis.com";

    /// <summary>
    /// A fixed access token sent as <c>WM_SEC.ACCESS_TOKEN</c>, used only when the client id and secret that the
    /// client-credentials exchange needs are not set. Never logged. It expires and must then be replaced by hand.
    /// </summary>
    /// <value>No default.</value>
    public string? AccessToken { get; set; }
}

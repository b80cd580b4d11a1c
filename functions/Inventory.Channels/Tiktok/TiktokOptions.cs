using System.ComponentModel.DataAnnotations;
using Inventory.Channels.Common;

namespace Inventory.Channels.Tiktok;

/// <summary>Settings of the TikTok Shop webhook adapter (section <c>Channels:Tiktok</c>).</summary>
/// <remarks>
/// The signature scheme comes from public client code, not from TikTok's own documentation, so each piece of it is
/// a setting: the header, and whether the app key is signed in front of the body.
/// </remarks>
public sealed class TiktokOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Channels:Tiktok";

    /// <summary>The app key, signed in front of the body.</summary>
    /// <value>No default.</value>
    public string? AppKey { get; set; }

    /// <summary>The app secret that keys the signature. Never logged.</summary>
    /// <value>No default: without it every delivery is refused.</value>
    public string? AppSecret { get; set; }

    /// <summary>The header holding the hex HMAC-SHA256.</summary>
    /// <value>Defaults to <c>Authorization</c>.</value>
    [Required]
    public string SignatureHeaderName { get; set; } = "Authorization";

    /// <summary>Whether the signed text is the app key followed by the body, or the body alone.</summary>
    /// <value>Defaults to true.</value>
    public bool SignAppKeyPrefix { get; set; } = true;

    /// <summary>The location that TikTok Shop orders commit, ship and release stock at.</summary>
    /// <value>Defaults to <c>WH-MAIN</c>.</value>
    [Required]
    [RegularExpression(ChannelOptionsDefaults.LocationPattern)]
    public string Location { get; set; } = ChannelOptionsDefaults.Location;

    /// <summary>The TikTok Shop Open API root, used to fetch an order's lines.</summary>
    /// <value>Defaults to <c>https://open-api.tiktokglobalshop.com</c>.</value>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://open-api.tiktokglobalshop.com";

    /// <summary>
    /// The shop's access token sent as <c>x-tts-access-token</c> with every signed Open API call. Never logged.
    /// TikTok's token refresh is not built, so this token must be replaced by hand before it expires.
    /// </summary>
    /// <value>No default.</value>
    public string? AccessToken { get; set; }
}

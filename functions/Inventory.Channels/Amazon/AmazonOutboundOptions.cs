using System.ComponentModel.DataAnnotations;
using Inventory.Channels.Common;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Amazon;

/// <summary>
/// Settings of the Amazon outbound client (section <c>Channels:Amazon</c>, beside the webhook ones; the API root is
/// <see cref="AmazonOptions.ApiBaseUrl"/>).
/// </summary>
public sealed class AmazonOutboundOptions
{
    /// <summary>The selling partner (merchant) id the listings belong to; a channel listing may name another.</summary>
    /// <value>No default: without it (and none on the listing) a push fails with a reason naming this key.</value>
    public string? SellerId { get; set; }

    /// <summary>The marketplace whose offers are updated; a channel listing may name another.</summary>
    /// <value>Defaults to <c>ATVPDKIKX0DER</c> (amazon.com).</value>
    public string MarketplaceId { get; set; } = "ATVPDKIKX0DER";

    /// <summary>The Login with Amazon token endpoint.</summary>
    /// <value>Defaults to <c>https://api.amazon.com/auth/o2/token</c>.</value>
    [Required]
    [Url]
    public string TokenUrl { get; set; } = "https://api.amazon.com/auth/o2/token";

    /// <summary>The LWA client id of the application.</summary>
    /// <value>No default.</value>
    public string? LwaClientId { get; set; }

    /// <summary>The LWA client secret. Never logged.</summary>
    /// <value>No default.</value>
    public string? LwaClientSecret { get; set; }

    /// <summary>The seller's LWA refresh token. Never logged. Without the three LWA keys the fixed
    /// <see cref="AmazonOptions.AccessToken"/> is sent instead.</summary>
    /// <value>No default.</value>
    public string? LwaRefreshToken { get; set; }

    /// <summary>The product type the patch is sent under; <c>PRODUCT</c> works for a quantity-only patch.</summary>
    /// <value>Defaults to <c>PRODUCT</c>.</value>
    [Required]
    public string ProductType { get; set; } = "PRODUCT";

    /// <summary>The fulfilment channel whose quantity is set: <c>DEFAULT</c> is merchant-fulfilled.</summary>
    /// <value>Defaults to <c>DEFAULT</c>.</value>
    [Required]
    public string FulfillmentChannelCode { get; set; } = "DEFAULT";

    /// <summary>How long before expiry a token is replaced, in seconds.</summary>
    /// <value>Defaults to 60.</value>
    [Range(0, 3000)]
    public int TokenRefreshMarginSeconds { get; set; } = 60;

    /// <summary>Pacing and retries. <c>patchListingsItem</c> allows 5 requests per second with a burst of 5.</summary>
    /// <value>Defaults to 5 per second, burst 5.</value>
    [ValidateObjectMembers]
    public ChannelResilienceOptions Resilience { get; set; } = ChannelResilienceOptions.ForRate(5, 5);
}

using System.ComponentModel.DataAnnotations;
using Inventory.Channels.Common;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Ebay;

/// <summary>
/// Settings of the eBay outbound client (section <c>Channels:Ebay</c>, beside the webhook ones; the API root is
/// <see cref="EbayOptions.ApiBaseUrl"/>).
/// </summary>
public sealed class EbayOutboundOptions
{
    /// <summary>The application's OAuth client id (App ID).</summary>
    /// <value>No default: without the three OAuth keys the fixed <see cref="EbayOptions.AccessToken"/> is sent.</value>
    public string? ClientId { get; set; }

    /// <summary>The application's OAuth client secret (Cert ID). Never logged.</summary>
    /// <value>No default.</value>
    public string? ClientSecret { get; set; }

    /// <summary>The seller's refresh token from the consent flow. Never logged.</summary>
    /// <value>No default.</value>
    public string? RefreshToken { get; set; }

    /// <summary>The scopes asked for with each refresh, space separated.</summary>
    /// <value>Defaults to <c>https://api.ebay.com/oauth/api_scope/sell.inventory</c>.</value>
    [Required]
    public string Scopes { get; set; } = "https://api.ebay.com/oauth/api_scope/sell.inventory";

    /// <summary>
    /// The scopes asked for with each refresh of the token that looks orders up (Fulfillment API
    /// <c>getOrder</c>), space separated; the seller must have consented to them.
    /// </summary>
    /// <value>Defaults to <c>https://api.ebay.com/oauth/api_scope/sell.fulfillment.readonly</c>.</value>
    [Required]
    public string OrderScopes { get; set; } = "https://api.ebay.com/oauth/api_scope/sell.fulfillment.readonly";

    /// <summary>
    /// How long the first push of a batch waits for others before <c>bulk_update_price_quantity</c> is sent, in
    /// milliseconds. Pushes that arrive while a call is in flight go in the next call either way; 0 sends at once.
    /// </summary>
    /// <value>Defaults to 20.</value>
    [Range(0, 5000)]
    public int BatchWindowMilliseconds { get; set; } = 20;

    /// <summary>SKUs per call; eBay takes at most 25.</summary>
    /// <value>Defaults to 25.</value>
    [Range(1, 25)]
    public int MaxBatchSize { get; set; } = 25;

    /// <summary>How long before expiry a token is replaced, in seconds (eBay user tokens last two hours).</summary>
    /// <value>Defaults to 120.</value>
    [Range(0, 3600)]
    public int TokenRefreshMarginSeconds { get; set; } = 120;

    /// <summary>Pacing and retries. eBay limits Inventory API calls per day (about two million), not per
    /// second.</summary>
    /// <value>Defaults to 20 per second, burst 20.</value>
    [ValidateObjectMembers]
    public ChannelResilienceOptions Resilience { get; set; } = ChannelResilienceOptions.ForRate(20, 20);
}

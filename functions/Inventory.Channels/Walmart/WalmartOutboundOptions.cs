using System.ComponentModel.DataAnnotations;
using Inventory.Channels.Common;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Walmart;

/// <summary>
/// Settings of the Walmart outbound client (section <c>Channels:Walmart</c>, beside the webhook ones; the API root is
/// <see cref="WalmartOptions.ApiBaseUrl"/>).
/// </summary>
public sealed class WalmartOutboundOptions
{
    /// <summary>The API client id for the client-credentials token.</summary>
    /// <value>No default: without it the fixed <see cref="WalmartOptions.AccessToken"/> is sent instead.</value>
    public string? ClientId { get; set; }

    /// <summary>
    /// The API client secret: the same key <c>Channels:Walmart:ClientSecret</c> that keys the webhook HMAC. Never
    /// logged.
    /// </summary>
    /// <value>No default.</value>
    public string? ClientSecret { get; set; }

    /// <summary>The <c>WM_SVC.NAME</c> header sent with every call.</summary>
    /// <value>Defaults to <c>Walmart Marketplace</c>.</value>
    [Required]
    public string ServiceName { get; set; } = "Walmart Marketplace";

    /// <summary>The ship node (fulfilment centre) whose quantity is set; none sets the seller's default node.</summary>
    /// <value>No default.</value>
    public string? ShipNode { get; set; }

    /// <summary>How long before expiry a token is replaced, in seconds (Walmart tokens last 15 minutes).</summary>
    /// <value>Defaults to 60.</value>
    [Range(0, 600)]
    public int TokenRefreshMarginSeconds { get; set; } = 60;

    /// <summary>Pacing and retries. Walmart publishes no per-call limit for inventory updates.</summary>
    /// <value>Defaults to 10 per second, burst 10.</value>
    [ValidateObjectMembers]
    public ChannelResilienceOptions Resilience { get; set; } = ChannelResilienceOptions.ForRate(10, 10);
}

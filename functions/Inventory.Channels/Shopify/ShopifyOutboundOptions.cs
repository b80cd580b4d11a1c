using System.ComponentModel.DataAnnotations;
using Inventory.Channels.Common;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Shopify;

/// <summary>Settings of the Shopify outbound client (section <c>Channels:Shopify</c>, beside the webhook ones).
/// </summary>
public sealed class ShopifyOutboundOptions
{
    /// <summary>The shop's Admin API root, such as <c>https://my-shop.myshopify.com</c>.</summary>
    /// <value>No default: without it every push fails with a reason naming this key.</value>
    [Url]
    public string? ApiBaseUrl { get; set; }

    /// <summary>The Admin API access token sent as <c>X-Shopify-Access-Token</c>. Never logged.</summary>
    /// <value>No default.</value>
    public string? AccessToken { get; set; }

    /// <summary>
    /// The Admin API version in the path. From <c>2026-04</c> every quantity carries <c>changeFromQuantity</c>; an
    /// older version sends <c>compareQuantity</c> and <c>ignoreCompareQuantity</c> instead.
    /// </summary>
    /// <value>Defaults to <c>2026-04</c>.</value>
    [Required]
    [RegularExpression(@"^\d{4}-\d{2}$")]
    public string ApiVersion { get; set; } = "2026-04";

    /// <summary>The reason recorded with each change (one of Shopify's inventory change reasons).</summary>
    /// <value>Defaults to <c>correction</c>.</value>
    [Required]
    public string Reason { get; set; } = "correction";

    /// <summary>
    /// Whether the mutation carries <c>@idempotent(key:)</c> with the push's idempotency key. Required by Shopify
    /// from 2026-04 and accepted from 2026-01; turn it off only for an older version.
    /// </summary>
    /// <value>Defaults to true.</value>
    public bool SendIdempotencyKey { get; set; } = true;

    /// <summary>Points the cost bucket holds (Shopify's <c>maximumAvailable</c>), corrected from each answer.
    /// </summary>
    /// <value>Defaults to 1000 (Standard plans hold 10 s of restore).</value>
    [Range(1, 100_000)]
    public double CostBucketSize { get; set; } = 1000;

    /// <summary>Points restored per second: 100 Standard, 200 Advanced, 1000 Plus; corrected from each answer.
    /// </summary>
    /// <value>Defaults to 100.</value>
    [Range(1, 100_000)]
    public double RestoreRatePerSecond { get; set; } = 100;

    /// <summary>The cost one <c>inventorySetQuantities</c> call is reserved at before Shopify says.</summary>
    /// <value>Defaults to 10.</value>
    [Range(1, 1000)]
    public double MutationCost { get; set; } = 10;

    /// <summary>The cost one quantity read is reserved at.</summary>
    /// <value>Defaults to 3.</value>
    [Range(1, 1000)]
    public double QueryCost { get; set; } = 3;

    /// <summary>Times a THROTTLED or IDEMPOTENCY_CONCURRENT_REQUEST answer is tried again before the push is answered
    /// Throttled.</summary>
    /// <value>Defaults to 3.</value>
    [Range(0, 10)]
    public int MaxThrottleRetries { get; set; } = 3;

    /// <summary>Transport resilience; the request count limit is not used, the cost bucket paces Shopify.</summary>
    /// <value>Defaults: see <see cref="ChannelResilienceOptions"/>.</value>
    [ValidateObjectMembers]
    public ChannelResilienceOptions Resilience { get; set; } = ChannelResilienceOptions.ForRate(50, 50);
}

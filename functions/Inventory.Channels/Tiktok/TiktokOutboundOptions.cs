using System.ComponentModel.DataAnnotations;
using Inventory.Channels.Common;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Tiktok;

/// <summary>
/// Settings of the TikTok Shop outbound client (section <c>Channels:Tiktok</c>, beside the webhook ones). The app key,
/// app secret, access token and API root are those of <see cref="TiktokOptions"/>.
/// </summary>
public sealed class TiktokOutboundOptions
{
    /// <summary>The shop cipher sent as <c>shop_cipher</c> with every shop-scoped call.</summary>
    /// <value>No default: without it every push fails with a reason naming this key.</value>
    public string? ShopCipher { get; set; }

    /// <summary>Pacing and retries. TikTok Shop publishes no limit for inventory updates.</summary>
    /// <value>Defaults to 10 per second, burst 10.</value>
    [ValidateObjectMembers]
    public ChannelResilienceOptions Resilience { get; set; } = ChannelResilienceOptions.ForRate(10, 10);
}

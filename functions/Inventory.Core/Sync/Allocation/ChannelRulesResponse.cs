namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// The body of <c>GET /api/channels/{channel}/rules</c> (and of a successful PUT): the channel's listings, with the
/// set-wide settings they are computed under, shown for reference.
/// </summary>
/// <param name="Channel">The channel.</param>
/// <param name="ETag">Send back as <c>If-Match</c> on a PUT; null while the defaults are in use.</param>
/// <param name="IsDefault">True when nothing is stored yet and these are the defaults.</param>
/// <param name="AllocationMode">How scarce pools are shared (set-wide).</param>
/// <param name="Scarcity">When a pool counts as scarce (set-wide).</param>
/// <param name="ChannelHeldLocations">Locations that rules without feeding locations never draw on (set-wide).</param>
/// <param name="Listings">The channel's listings, by name.</param>
public sealed record ChannelRulesResponse(
    string Channel,
    string? ETag,
    bool IsDefault,
    AllocationMode AllocationMode,
    ScarcityPolicy Scarcity,
    IReadOnlyList<string> ChannelHeldLocations,
    IReadOnlyList<ListingRules> Listings)
{
    /// <summary>The response for <paramref name="channel"/> from the stored set.</summary>
    public static ChannelRulesResponse From(string channel, StoredChannelRules stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var set = stored.RuleSet;
        return new ChannelRulesResponse(
            channel,
            stored.ETag,
            stored.IsDefault,
            set.AllocationMode,
            set.Scarcity,
            set.ChannelHeldLocations,
            [.. set.ForChannel(channel).Select(ListingRules.From)]);
    }
}

namespace Inventory.Core.Sync.Allocation;

/// <summary>The rules used while none are stored.</summary>
public static class DefaultChannelRules
{
    /// <summary>
    /// One listing per channel, fed by every own (not channel-held) location, plus <c>amazon-fba</c> fed by the FBA
    /// location only; no buffers, reserves, caps or minimums; all of equal priority; allocation by priority with
    /// the default <see cref="ScarcityPolicy"/>.
    /// </summary>
    public static ChannelRuleSet Create()
    {
        var own = KnownChannels.All.Select(channel => new ChannelRule { Channel = channel, Listing = channel });
        var fba = new ChannelRule
        {
            Channel = KnownChannels.Amazon,
            Listing = KnownChannels.AmazonFbaListing,
            FeedingLocations = [KnownChannels.FbaLocation],
        };
        return new ChannelRuleSet
        {
            Rules = [.. own.Append(fba).OrderBy(r => r.Listing, StringComparer.Ordinal)],
        };
    }
}

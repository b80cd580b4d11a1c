namespace Inventory.Core.Sync.Allocation;

/// <summary>The body of <c>PUT /api/channels/{channel}/rules</c>: the channel's listings, replacing all it had.</summary>
public sealed record ChannelRulesRequest
{
    /// <summary>Every listing of the channel; one left out is removed, and an empty list publishes nothing there.</summary>
    /// <value>Defaults to null, which is refused.</value>
    public IReadOnlyList<ListingRules>? Listings { get; init; }
}

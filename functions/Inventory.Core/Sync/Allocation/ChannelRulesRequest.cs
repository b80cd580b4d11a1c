namespace Inventory.Core.Sync.Allocation;

/// <summary>The body of <c>PUT /api/channels/{channel}/rules</c>: all the channel's listings.</summary>
public sealed record ChannelRulesRequest
{
    /// <summary>Every listing of the channel; one left out is removed; an empty list publishes nothing.</summary>
    /// <value>Defaults to null, which is refused.</value>
    public IReadOnlyList<ListingRules>? Listings { get; init; }
}

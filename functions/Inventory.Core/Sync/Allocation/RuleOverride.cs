namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// Changes to a listing's rule for an ABC class or a single SKU. Every field is optional: null keeps the value
/// from the level below (SKU over ABC class over the listing's default), field by field.
/// </summary>
public sealed record RuleOverride
{
    /// <summary>Replaces the feeding locations; an empty list means all own locations, as on the rule.</summary>
    /// <value>Defaults to null (keep).</value>
    public IReadOnlyList<string>? FeedingLocations { get; init; }

    /// <summary>Replaces the percentage buffer.</summary>
    /// <value>Defaults to null (keep).</value>
    public int? BufferPercent { get; init; }

    /// <summary>Replaces the fixed reserve.</summary>
    /// <value>Defaults to null (keep).</value>
    public int? FixedReserve { get; init; }

    /// <summary>Replaces the cap. To remove a cap set below, use <see cref="RemoveMaxListed"/> instead.</summary>
    /// <value>Defaults to null (keep).</value>
    public int? MaxListed { get; init; }

    /// <summary>When true, the effective rule has no cap, whatever the level below says.</summary>
    /// <value>Defaults to null (keep).</value>
    public bool? RemoveMaxListed { get; init; }

    /// <summary>Replaces the minimum to list.</summary>
    /// <value>Defaults to null (keep).</value>
    public int? MinimumToList { get; init; }

    /// <summary>Replaces the allocation priority.</summary>
    /// <value>Defaults to null (keep).</value>
    public int? Priority { get; init; }

    /// <summary>Turns the lag-aware buffer on or off.</summary>
    /// <value>Defaults to null (keep).</value>
    public bool? LagAware { get; init; }

    /// <summary>Replaces the lag percentile.</summary>
    /// <value>Defaults to null (keep).</value>
    public int? LagPercentile { get; init; }

    /// <summary>The rule with every field this override sets replaced.</summary>
    public ChannelRule ApplyTo(ChannelRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule with
        {
            FeedingLocations = FeedingLocations ?? rule.FeedingLocations,
            BufferPercent = BufferPercent ?? rule.BufferPercent,
            FixedReserve = FixedReserve ?? rule.FixedReserve,
            MaxListed = RemoveMaxListed == true ? null : MaxListed ?? rule.MaxListed,
            MinimumToList = MinimumToList ?? rule.MinimumToList,
            Priority = Priority ?? rule.Priority,
            LagAware = LagAware ?? rule.LagAware,
            LagPercentile = LagPercentile ?? rule.LagPercentile,
        };
    }
}

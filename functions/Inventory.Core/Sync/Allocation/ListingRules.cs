using Inventory.Core.Stock;

namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// One listing's rule on the wire of <c>GET/PUT /api/channels/{channel}/rules</c>; the channel comes from the
/// route. Fields and defaults are those of <see cref="ChannelRule"/>.
/// </summary>
public sealed record ListingRules
{
    /// <summary>The listing: the channel's name, or the channel's name, a hyphen and a suffix.</summary>
    public string? Listing { get; init; }

    /// <summary>See <see cref="ChannelRule.FeedingLocations"/>.</summary>
    /// <value>Defaults to empty: all own locations.</value>
    public IReadOnlyList<string>? FeedingLocations { get; init; }

    /// <summary>See <see cref="ChannelRule.BufferPercent"/>.</summary>
    /// <value>Defaults to 0.</value>
    public int BufferPercent { get; init; }

    /// <summary>See <see cref="ChannelRule.FixedReserve"/>.</summary>
    /// <value>Defaults to 0.</value>
    public int FixedReserve { get; init; }

    /// <summary>See <see cref="ChannelRule.MaxListed"/>.</summary>
    /// <value>Defaults to null (no cap).</value>
    public int? MaxListed { get; init; }

    /// <summary>See <see cref="ChannelRule.MinimumToList"/>.</summary>
    /// <value>Defaults to 0.</value>
    public int MinimumToList { get; init; }

    /// <summary>See <see cref="ChannelRule.Priority"/>.</summary>
    /// <value>Defaults to 100.</value>
    public int Priority { get; init; } = 100;

    /// <summary>See <see cref="ChannelRule.LagAware"/>.</summary>
    /// <value>Defaults to false.</value>
    public bool LagAware { get; init; }

    /// <summary>See <see cref="ChannelRule.LagPercentile"/>.</summary>
    /// <value>Defaults to 95.</value>
    public int LagPercentile { get; init; } = ChannelRule.DefaultLagPercentile;

    /// <summary>Overrides keyed by ABC class: <c>"A"</c>, <c>"B"</c> or <c>"C"</c>.</summary>
    /// <value>Defaults to null (none).</value>
    public IReadOnlyDictionary<string, RuleOverride>? ClassOverrides { get; init; }

    /// <summary>Overrides keyed by SKU.</summary>
    /// <value>Defaults to null (none).</value>
    public IReadOnlyDictionary<string, RuleOverride>? SkuOverrides { get; init; }

    /// <summary>The wire form of <paramref name="rule"/>.</summary>
    public static ListingRules From(ChannelRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new ListingRules
        {
            Listing = rule.Listing,
            FeedingLocations = rule.FeedingLocations,
            BufferPercent = rule.BufferPercent,
            FixedReserve = rule.FixedReserve,
            MaxListed = rule.MaxListed,
            MinimumToList = rule.MinimumToList,
            Priority = rule.Priority,
            LagAware = rule.LagAware,
            LagPercentile = rule.LagPercentile,
            ClassOverrides = rule.ClassOverrides.Count == 0
                ? null
                : rule.ClassOverrides.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(), p => p.Value),
            SkuOverrides = rule.SkuOverrides.Count == 0
                ? null
                : rule.SkuOverrides.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The domain rule for <paramref name="channel"/>; class keys that are not A, B or C are reported in
    /// <paramref name="failures"/> under <paramref name="path"/> and left out.
    /// </summary>
    internal ChannelRule ToRule(string channel, string path, List<ValidationFailure> failures)
    {
        var classes = new Dictionary<AbcClass, RuleOverride>();
        foreach (var (key, change) in ClassOverrides ?? new Dictionary<string, RuleOverride>())
        {
            if (key is "A" or "B" or "C" && Enum.TryParse<AbcClass>(key, out var cls))
            {
                classes[cls] = change;
            }
            else
            {
                failures.Add(new($"{path}.classOverrides.{key}", $"ABC class '{key}' is not known; use A, B or C."));
            }
        }

        return new ChannelRule
        {
            Channel = channel,
            Listing = Listing!,
            FeedingLocations = FeedingLocations ?? [],
            BufferPercent = BufferPercent,
            FixedReserve = FixedReserve,
            MaxListed = MaxListed,
            MinimumToList = MinimumToList,
            Priority = Priority,
            LagAware = LagAware,
            LagPercentile = LagPercentile,
            ClassOverrides = classes,
            SkuOverrides = SkuOverrides is null
                ? new Dictionary<string, RuleOverride>(StringComparer.Ordinal)
                : new Dictionary<string, RuleOverride>(SkuOverrides, StringComparer.Ordinal),
        };
    }
}

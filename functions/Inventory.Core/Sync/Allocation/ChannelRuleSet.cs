using Inventory.Core.Stock;

namespace Inventory.Core.Sync.Allocation;

/// <summary>Every listing's rule, and how scarce stock is shared between them.</summary>
public sealed record ChannelRuleSet
{
    /// <summary>One rule per listing; listing names are unique.</summary>
    /// <value>Defaults to none: nothing is published.</value>
    public IReadOnlyList<ChannelRule> Rules { get; init; } = [];

    /// <summary>How a scarce pool is shared.</summary>
    /// <value>Defaults to <see cref="AllocationMode.Priority"/>.</value>
    public AllocationMode AllocationMode { get; init; } = AllocationMode.Priority;

    /// <summary>When a pool counts as scarce.</summary>
    /// <value>Defaults to one day of cover and no minimum.</value>
    public ScarcityPolicy Scarcity { get; init; } = new();

    /// <summary>
    /// Locations whose stock a channel holds and ships itself; a rule with no feeding locations never draws on them.
    /// </summary>
    /// <value>Defaults to <c>FBA</c>.</value>
    public IReadOnlyList<string> ChannelHeldLocations { get; init; } = [KnownChannels.FbaLocation];

    /// <summary>The rules of one channel's listings, in listing order.</summary>
    public IReadOnlyList<ChannelRule> ForChannel(string channel) =>
        [.. Rules.Where(r => string.Equals(r.Channel, channel, StringComparison.Ordinal))
            .OrderBy(r => r.Listing, StringComparer.Ordinal)];

    /// <summary>This set with <paramref name="channel"/>'s listings replaced by <paramref name="rules"/>.</summary>
    public ChannelRuleSet WithChannel(string channel, IReadOnlyList<ChannelRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var others = Rules.Where(r => !string.Equals(r.Channel, channel, StringComparison.Ordinal));
        return this with { Rules = [.. others.Concat(rules).OrderBy(r => r.Listing, StringComparer.Ordinal)] };
    }

    /// <summary>Every problem with the set; empty when it may be stored and used.</summary>
    public IReadOnlyList<ValidationFailure> Validate() => ChannelRuleValidator.Validate(this);
}

using System.Globalization;
using Inventory.Core.Stock;

namespace Inventory.Core.Sync.Allocation;

/// <summary>Checks rules before they are stored; each failure names the field by its JSON path.</summary>
internal static class ChannelRuleValidator
{
    /// <summary>The largest reserve, cap or minimum; the same bound as a movement's quantity.</summary>
    public const int MaxUnits = MovementValidator.MaxQuantity;

    private static readonly char[] ForbiddenIdCharacters = ['|', '/', '\\', '?', '#'];

    public static IReadOnlyList<ValidationFailure> Validate(ChannelRuleSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var failures = new List<ValidationFailure>();

        if (!Enum.IsDefined(set.AllocationMode))
        {
            failures.Add(new(
                "allocationMode", "The allocation mode must be 'priority' or 'proportionalToRecentSales'."));
        }

        CheckScarcity(failures, set.Scarcity);
        CheckLocations(failures, "channelHeldLocations", set.ChannelHeldLocations);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Rules.Count; i++)
        {
            var path = $"rules[{i}]";
            var rule = set.Rules[i];
            if (rule is null)
            {
                failures.Add(new(path, "A rule is required at this position; remove the empty entry."));
                continue;
            }

            ValidateRule(failures, path, rule);
            if (rule.Listing is not null && !seen.Add(rule.Listing))
            {
                failures.Add(new($"{path}.listing", $"Listing '{rule.Listing}' has more than one rule; keep one."));
            }
        }

        return failures;
    }

    /// <summary>Checks one rule and each override merged onto it, under <paramref name="path"/>.</summary>
    public static void ValidateRule(List<ValidationFailure> failures, string path, ChannelRule rule)
    {
        if (!KnownChannels.IsKnown(rule.Channel))
        {
            failures.Add(new(
                $"{path}.channel",
                $"Channel '{rule.Channel}' is not known; use one of {string.Join(", ", KnownChannels.All)}."));
        }

        CheckListing(failures, $"{path}.listing", rule.Channel, rule.Listing);
        CheckFields(failures, path, rule);

        foreach (var (cls, change) in rule.ClassOverrides ?? new Dictionary<AbcClass, RuleOverride>())
        {
            var at = $"{path}.classOverrides.{cls}";
            if (!Enum.IsDefined(cls))
            {
                failures.Add(new(at, "The ABC class must be A, B or C."));
            }

            CheckOverride(failures, at, rule, change);
        }

        foreach (var (sku, change) in rule.SkuOverrides ?? new Dictionary<string, RuleOverride>())
        {
            var at = $"{path}.skuOverrides[{sku}]";
            CheckIdentifier(failures, at, "SKU", sku);
            CheckOverride(failures, at, rule, change);
        }
    }

    private static void CheckOverride(
        List<ValidationFailure> failures, string path, ChannelRule rule, RuleOverride? change)
    {
        if (change is null)
        {
            failures.Add(new(path, "An override needs at least one field; remove the empty entry."));
            return;
        }

        if (change.RemoveMaxListed == true && change.MaxListed is not null)
        {
            failures.Add(new($"{path}.maxListed", "Set either maxListed or removeMaxListed, not both."));
        }

        CheckFields(failures, path, change.ApplyTo(rule));
    }

    private static void CheckFields(List<ValidationFailure> failures, string path, ChannelRule rule)
    {
        CheckLocations(failures, $"{path}.feedingLocations", rule.FeedingLocations);

        if (rule.BufferPercent is < 0 or > 100)
        {
            failures.Add(new($"{path}.bufferPercent",
                $"The buffer percent must be between 0 and 100; it is {rule.BufferPercent}."));
        }

        CheckUnits(failures, $"{path}.fixedReserve", "fixed reserve", rule.FixedReserve);
        CheckUnits(failures, $"{path}.minimumToList", "minimum to list", rule.MinimumToList);
        if (rule.MaxListed is { } max)
        {
            CheckUnits(failures, $"{path}.maxListed", "maximum listed", max);
            if (rule.MinimumToList > max)
            {
                failures.Add(new($"{path}.minimumToList",
                    $"The minimum to list ({rule.MinimumToList}) must not exceed the maximum listed ({max}), "
                    + "or the listing could never show anything."));
            }
        }

        if (rule.Priority is < 0 or > 1000)
        {
            failures.Add(new($"{path}.priority",
                $"The priority must be between 0 and 1000 (lower is served first); it is {rule.Priority}."));
        }

        if (rule.LagPercentile is < 1 or > 100)
        {
            failures.Add(new($"{path}.lagPercentile",
                $"The lag percentile must be between 1 and 100; it is {rule.LagPercentile}."));
        }
    }

    private static void CheckUnits(List<ValidationFailure> failures, string path, string name, int value)
    {
        if (value is < 0 or > MaxUnits)
        {
            failures.Add(new(path, string.Create(
                CultureInfo.InvariantCulture, $"The {name} must be between 0 and {MaxUnits} units; it is {value}.")));
        }
    }

    private static void CheckListing(List<ValidationFailure> failures, string path, string? channel, string? listing)
    {
        if (string.IsNullOrWhiteSpace(listing))
        {
            failures.Add(new(path, "The listing name is required, for example 'shopify' or 'amazon-fba'."));
            return;
        }

        var wellFormed = listing.Length <= 60
            && listing.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
        if (!wellFormed)
        {
            failures.Add(new(path,
                $"Listing '{listing}' must be at most 60 lower-case letters, digits and hyphens."));
            return;
        }

        if (channel is not null && listing != channel && !listing.StartsWith(channel + "-", StringComparison.Ordinal))
        {
            failures.Add(new(path,
                $"Listing '{listing}' must be the channel's name '{channel}' or start with '{channel}-'."));
        }
    }

    private static void CheckLocations(List<ValidationFailure> failures, string path, IReadOnlyList<string>? locations)
    {
        if (locations is null)
        {
            failures.Add(new(path, "The location list is required; use an empty list for none."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < locations.Count; i++)
        {
            var at = $"{path}[{i}]";
            CheckIdentifier(failures, at, "location", locations[i]);
            if (locations[i] is not null && !seen.Add(locations[i]))
            {
                failures.Add(new(at, $"Location '{locations[i]}' is listed twice."));
            }
        }
    }

    private static void CheckIdentifier(List<ValidationFailure> failures, string path, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length != value.Length)
        {
            failures.Add(new(path, $"The {name} must not be blank or start or end with spaces."));
            return;
        }

        if (value.Length > MovementValidator.MaxIdentifierLength || value.IndexOfAny(ForbiddenIdCharacters) >= 0)
        {
            failures.Add(new(path,
                $"The {name} '{value}' must be at most {MovementValidator.MaxIdentifierLength} characters "
                + "without '|', '/', '\\', '?' or '#', the same as on stock movements."));
        }
    }

    private static void CheckScarcity(List<ValidationFailure> failures, ScarcityPolicy? scarcity)
    {
        if (scarcity is null)
        {
            failures.Add(new("scarcity", "The scarcity policy is required."));
            return;
        }

        if (!double.IsFinite(scarcity.CoverDays) || scarcity.CoverDays is < 0 or > ScarcityPolicy.MaxCoverDays)
        {
            failures.Add(new("scarcity.coverDays", string.Create(CultureInfo.InvariantCulture,
                $"The cover must be between 0 and {ScarcityPolicy.MaxCoverDays} days; it is {scarcity.CoverDays}.")));
        }

        if (scarcity.MinimumUnits < 0)
        {
            failures.Add(new("scarcity.minimumUnits",
                $"The scarcity minimum must be 0 or more units; it is {scarcity.MinimumUnits}."));
        }
    }
}

using Inventory.Core.Sync.Allocation;
using static Inventory.Core.Tests.Sync.Allocation.AllocationFixtures;

namespace Inventory.Core.Tests.Sync.Allocation;

public sealed class ChannelRuleSetTests
{
    [Fact]
    public void Validate_DefaultRules_HasNoFailures()
    {
        Assert.Empty(DefaultChannelRules.Create().Validate());
    }

    [Fact]
    public void Validate_BufferPercentAbove100_NamesTheField()
    {
        var failure = Assert.Single(Set(Rule("shopify") with { BufferPercent = 101 }).Validate());

        Assert.Equal("rules[0].bufferPercent", failure.Field);
        Assert.Contains("between 0 and 100", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeReserve_NamesTheField()
    {
        var failure = Assert.Single(Set(Rule("shopify") with { FixedReserve = -1 }).Validate());

        Assert.Equal("rules[0].fixedReserve", failure.Field);
    }

    [Fact]
    public void Validate_MinimumAboveMaximum_NamesMinimumToList()
    {
        var failure = Assert.Single(Set(Rule("shopify") with { MinimumToList = 5, MaxListed = 4 }).Validate());

        Assert.Equal("rules[0].minimumToList", failure.Field);
        Assert.Contains("must not exceed the maximum listed (4)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LocationWithPipe_NamesTheLocation()
    {
        var failure = Assert.Single(Set(Rule("shopify") with { FeedingLocations = ["WH1", "WH|2"] }).Validate());

        Assert.Equal("rules[0].feedingLocations[1]", failure.Field);
    }

    [Fact]
    public void Validate_LocationTwice_NamesTheSecond()
    {
        var failure = Assert.Single(Set(Rule("shopify") with { FeedingLocations = ["WH1", "WH1"] }).Validate());

        Assert.Equal("rules[0].feedingLocations[1]", failure.Field);
    }

    [Fact]
    public void Validate_UnknownChannel_ListsTheKnownOnes()
    {
        var failure = Assert.Single(Set(Rule("etsy")).Validate());

        Assert.Equal("rules[0].channel", failure.Field);
        Assert.Contains("shopify, amazon, walmart, ebay, tiktok", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ListingOfAnotherChannel_NamesListing()
    {
        var failure = Assert.Single(Set(Rule("shopify") with { Listing = "amazon-fba" }).Validate());

        Assert.Equal("rules[0].listing", failure.Field);
    }

    [Fact]
    public void Validate_DuplicateListing_NamesTheSecond()
    {
        var failure = Assert.Single(Set(Rule("shopify"), Rule("shopify")).Validate());

        Assert.Equal("rules[1].listing", failure.Field);
    }

    [Fact]
    public void Validate_OverrideMakingMinimumExceedCap_NamesTheOverride()
    {
        var rule = Rule("shopify") with
        {
            MaxListed = 3,
            SkuOverrides = new Dictionary<string, RuleOverride> { ["SKU-9"] = new() { MinimumToList = 4 } },
        };

        var failure = Assert.Single(Set(rule).Validate());

        Assert.Equal("rules[0].skuOverrides[SKU-9].minimumToList", failure.Field);
    }

    [Fact]
    public void Validate_ClassOverrideBufferOutOfRange_NamesTheClass()
    {
        var rule = Rule("shopify") with
        {
            ClassOverrides = new Dictionary<AbcClass, RuleOverride> { [AbcClass.C] = new() { BufferPercent = -5 } },
        };

        var failure = Assert.Single(Set(rule).Validate());

        Assert.Equal("rules[0].classOverrides.C.bufferPercent", failure.Field);
    }

    [Fact]
    public void Validate_LagPercentileZero_NamesTheField()
    {
        var failure = Assert.Single(Set(Rule("shopify") with { LagPercentile = 0 }).Validate());

        Assert.Equal("rules[0].lagPercentile", failure.Field);
    }

    [Fact]
    public void Validate_NegativeCoverDays_NamesTheField()
    {
        var set = Set(Rule("shopify")) with { Scarcity = new ScarcityPolicy { CoverDays = -1 } };

        var failure = Assert.Single(set.Validate());

        Assert.Equal("scarcity.coverDays", failure.Field);
    }

    [Fact]
    public void WithChannel_ReplacesOnlyThatChannelsListings()
    {
        var set = DefaultChannelRules.Create();

        var changed = set.WithChannel("amazon", [Rule("amazon") with { BufferPercent = 10 }]);

        Assert.Equal(["amazon", "ebay", "shopify", "tiktok", "walmart"], changed.Rules.Select(r => r.Listing));
    }
}

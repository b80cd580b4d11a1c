using Inventory.Core.Sync.Allocation;
using static Inventory.Core.Tests.Sync.Allocation.AllocationFixtures;

namespace Inventory.Core.Tests.Sync.Allocation;

public sealed class ChannelAllocatorTests
{
    [Fact]
    public void Compute_NoRules_PublishesAllAvailable()
    {
        var target = Single(Rule("shopify"), available: 25);

        Assert.Equal(25, target.Quantity);
    }

    [Fact]
    public void Compute_BufferPercent_HoldsBackPercentAndRoundsPublishedDown()
    {
        // 90 % of 25 is 22.5: 22 are published, 3 held.
        var target = Single(Rule("shopify") with { BufferPercent = 10 }, available: 25);

        Assert.Equal((22, 3), (target.Quantity, target.BufferHeld));
    }

    [Fact]
    public void Compute_BufferPercentOfOneUnit_PublishesZero()
    {
        var target = Single(Rule("shopify") with { BufferPercent = 1 }, available: 1);

        Assert.Equal(0, target.Quantity);
    }

    [Fact]
    public void Compute_FixedReserve_HoldsBackReserve()
    {
        var target = Single(Rule("shopify") with { FixedReserve = 5 }, available: 20);

        Assert.Equal((15, 5), (target.Quantity, target.ReserveHeld));
    }

    [Fact]
    public void Compute_ReserveAboveAvailable_PublishesZeroAndHoldsOnlyWhatIsThere()
    {
        var target = Single(Rule("shopify") with { FixedReserve = 5 }, available: 3);

        Assert.Equal((0, 3), (target.Quantity, target.ReserveHeld));
    }

    [Fact]
    public void Compute_PercentThenReserve_AppliesReserveToWhatPercentLeft()
    {
        // 50 % of 11 leaves 5 (rounded down), less a reserve of 2: 3.
        var target = Single(Rule("shopify") with { BufferPercent = 50, FixedReserve = 2 }, available: 11);

        Assert.Equal(3, target.Quantity);
    }

    [Fact]
    public void Compute_MaxListed_CapsQuantity()
    {
        var target = Single(Rule("shopify") with { MaxListed = 10 }, available: 50);

        Assert.Equal((10, true), (target.Quantity, target.CapApplied));
    }

    [Fact]
    public void Compute_AvailableBelowCap_DoesNotMarkCap()
    {
        var target = Single(Rule("shopify") with { MaxListed = 10 }, available: 7);

        Assert.Equal((7, false), (target.Quantity, target.CapApplied));
    }

    [Fact]
    public void Compute_BelowMinimumToList_PublishesZero()
    {
        var target = Single(Rule("shopify") with { MinimumToList = 3 }, available: 2);

        Assert.Equal((0, true), (target.Quantity, target.ZeroedByMinimum));
    }

    [Fact]
    public void Compute_AtMinimumToList_PublishesIt()
    {
        var target = Single(Rule("shopify") with { MinimumToList = 3 }, available: 3);

        Assert.Equal((3, false), (target.Quantity, target.ZeroedByMinimum));
    }

    [Fact]
    public void Compute_NegativeAvailableAtOneLocation_CountsItAsZero()
    {
        var targets = ChannelAllocator.Compute(
            Sku, [Position("WH1", 2, committed: 5), Position("WH2", 5)], Set(Rule("shopify")), []);

        Assert.Equal((5, 5), (targets[0].Quantity, targets[0].FeedingAvailable));
    }

    [Fact]
    public void Compute_OnlyNegativeAvailable_PublishesZero()
    {
        var target = ChannelAllocator.Compute(Sku, [Position("WH1", 0, committed: 4)], Set(Rule("shopify")), [])[0];

        Assert.Equal(0, target.Quantity);
    }

    [Fact]
    public void Compute_DefaultRules_FbaFeedsOnlyAmazonFba()
    {
        var targets = ChannelAllocator.Compute(
            Sku, [Position("WH1", 10), Position("FBA", 4)], DefaultChannelRules.Create(), []);

        Assert.Equal(
            [("amazon", 10), ("amazon-fba", 4), ("ebay", 10), ("shopify", 10), ("tiktok", 10), ("walmart", 10)],
            targets.Select(t => (t.Listing, t.Quantity)));
    }

    [Fact]
    public void Compute_FeedingLocationsGiven_UsesOnlyThose()
    {
        var rule = Rule("ebay") with { FeedingLocations = ["WH2"] };

        var target = ChannelAllocator.Compute(Sku, [Position("WH1", 10), Position("WH2", 3)], Set(rule), [])[0];

        Assert.Equal(3, target.Quantity);
    }

    [Fact]
    public void Compute_LagAware_HoldsBackSalesDuringP95Lag()
    {
        // 240 a day is 1/360 a second; over 90 s that is 0.25 units, rounded up to 1.
        var rule = Rule("shopify") with { LagAware = true };

        var target = Single(rule, available: 10, [Signal("shopify", 240, lagSeconds: 90)]);

        Assert.Equal((9, 1), (target.Quantity, target.LagBufferHeld));
    }

    [Fact]
    public void Compute_LagAwareExactUnits_DoesNotRoundUpFurther()
    {
        // 960 a day over 90 s is exactly 1 unit.
        var rule = Rule("shopify") with { LagAware = true };

        var target = Single(rule, available: 10, [Signal("shopify", 960, lagSeconds: 90)]);

        Assert.Equal(1, target.LagBufferHeld);
    }

    [Fact]
    public void Compute_NotLagAware_HoldsNothingForLag()
    {
        var target = Single(Rule("shopify"), available: 10, [Signal("shopify", 240, lagSeconds: 90)]);

        Assert.Equal(0, target.LagBufferHeld);
    }

    [Fact]
    public void Compute_LagPercentileMeasured_UsesThatPercentile()
    {
        // p99 of 900 s at 240 a day is 2.5 units: 3 held.
        var rule = Rule("shopify") with { LagAware = true, LagPercentile = 99 };
        var signal = Signal("shopify", 240, lagSeconds: 90) with
        {
            SyncLagByPercentile = new Dictionary<int, TimeSpan> { [99] = TimeSpan.FromSeconds(900) },
        };

        var target = Single(rule, available: 10, [signal]);

        Assert.Equal(3, target.LagBufferHeld);
    }

    [Fact]
    public void Compute_SkuOverride_WinsOverClassOverride()
    {
        var rule = Rule("shopify") with
        {
            ClassOverrides = new Dictionary<AbcClass, RuleOverride> { [AbcClass.A] = new() { BufferPercent = 50 } },
            SkuOverrides = new Dictionary<string, RuleOverride> { [Sku] = new() { BufferPercent = 20 } },
        };

        var target = ChannelAllocator.Compute(Sku, [Position("WH1", 10)], Set(rule), [], AbcClass.A)[0];

        Assert.Equal((8, RuleLevel.Sku), (target.Quantity, target.RuleLevel));
    }

    [Fact]
    public void Compute_ClassOverride_WinsOverChannelDefault()
    {
        var rule = Rule("shopify") with
        {
            BufferPercent = 10,
            ClassOverrides = new Dictionary<AbcClass, RuleOverride> { [AbcClass.A] = new() { BufferPercent = 50 } },
        };

        var target = ChannelAllocator.Compute(Sku, [Position("WH1", 10)], Set(rule), [], AbcClass.A)[0];

        Assert.Equal((5, RuleLevel.AbcClass), (target.Quantity, target.RuleLevel));
    }

    [Fact]
    public void Compute_OverridesOfDifferentFields_ApplyFieldByField()
    {
        // The class caps at 6; the SKU only changes the buffer, so the cap stays: 80 % of 10 is 8, capped to 6.
        var rule = Rule("shopify") with
        {
            ClassOverrides = new Dictionary<AbcClass, RuleOverride> { [AbcClass.B] = new() { MaxListed = 6 } },
            SkuOverrides = new Dictionary<string, RuleOverride> { [Sku] = new() { BufferPercent = 20 } },
        };

        var target = ChannelAllocator.Compute(Sku, [Position("WH1", 10)], Set(rule), [], AbcClass.B)[0];

        Assert.Equal(6, target.Quantity);
    }

    [Fact]
    public void Compute_RemoveMaxListedOverride_LiftsTheCap()
    {
        var rule = Rule("shopify") with
        {
            MaxListed = 2,
            SkuOverrides = new Dictionary<string, RuleOverride> { [Sku] = new() { RemoveMaxListed = true } },
        };

        var target = Single(rule, available: 10);

        Assert.Equal(10, target.Quantity);
    }

    [Fact]
    public void Compute_OtherClassOverride_DoesNotApply()
    {
        var rule = Rule("shopify") with
        {
            ClassOverrides = new Dictionary<AbcClass, RuleOverride> { [AbcClass.A] = new() { MaxListed = 1 } },
        };

        var target = ChannelAllocator.Compute(Sku, [Position("WH1", 10)], Set(rule), [], AbcClass.C)[0];

        Assert.Equal((10, RuleLevel.Channel), (target.Quantity, target.RuleLevel));
    }

    [Fact]
    public void Compute_PlentifulPool_ListsSameUnitsOnEveryChannel()
    {
        // 20 a day with one day of cover: 100 units are plenty, so both listings show all of them.
        var targets = ChannelAllocator.Compute(
            Sku, [Position("WH1", 100)], Set(Rule("shopify"), Rule("ebay")),
            [Signal("shopify", 10), Signal("ebay", 10)]);

        Assert.Equal([(100, (int?)null), (100, null)], targets.Select(t => (t.Quantity, t.AllocationShare)));
    }

    [Fact]
    public void Compute_PoolBelowCoverOfSales_IsScarceAndAllocated()
    {
        // 20 a day with one day of cover: 15 units are scarce; by priority shopify takes them all.
        var targets = ChannelAllocator.Compute(
            Sku, [Position("WH1", 15)], Set(Rule("shopify", priority: 1), Rule("ebay", priority: 2)),
            [Signal("shopify", 10), Signal("ebay", 10)]);

        Assert.Equal([("ebay", 0), ("shopify", 15)], targets.Select(t => (t.Listing, t.Quantity)));
    }

    [Fact]
    public void Compute_ScarceByPriority_ServesLowerPriorityNumberFirst()
    {
        var set = Scarce(
            AllocationMode.Priority,
            Rule("shopify", priority: 1) with { MaxListed = 6 },
            Rule("ebay", priority: 2),
            Rule("walmart", priority: 3));

        var targets = ChannelAllocator.Compute(Sku, [Position("WH1", 10)], set, []);

        Assert.Equal([("ebay", 4), ("shopify", 6), ("walmart", 0)], targets.Select(t => (t.Listing, t.Quantity)));
    }

    [Fact]
    public void Compute_ScarceShareBelowMinimum_ZeroesItAndPassesUnitsOn()
    {
        // shopify takes 8; ebay's 2 are below its minimum of 3, so walmart gets them.
        var set = Scarce(
            AllocationMode.Priority,
            Rule("shopify", priority: 1) with { MaxListed = 8 },
            Rule("ebay", priority: 2) with { MinimumToList = 3 },
            Rule("walmart", priority: 3));

        var targets = ChannelAllocator.Compute(Sku, [Position("WH1", 10)], set, []);

        Assert.Equal([("ebay", 0), ("shopify", 8), ("walmart", 2)], targets.Select(t => (t.Listing, t.Quantity)));
    }

    [Fact]
    public void Compute_ScarceProportional_RoundsByLargestRemainder()
    {
        // Quotas of 7 by 6:3:1 are 4.2, 2.1 and 0.7; floors 4, 2, 0; the one unit left goes to the 0.7.
        var set = Scarce(
            AllocationMode.ProportionalToRecentSales, Rule("shopify"), Rule("ebay"), Rule("walmart"));

        var targets = ChannelAllocator.Compute(
            Sku, [Position("WH1", 7)], set, [Signal("shopify", 6), Signal("ebay", 3), Signal("walmart", 1)]);

        Assert.Equal([("ebay", 2), ("shopify", 4), ("walmart", 1)], targets.Select(t => (t.Listing, t.Quantity)));
    }

    [Fact]
    public void Compute_ScarceProportionalTie_BreaksByPriorityThenName()
    {
        // Quotas of 10 by 1:1:1 are 3.33 each; the unit left goes to walmart (priority 1) first.
        var set = Scarce(
            AllocationMode.ProportionalToRecentSales,
            Rule("shopify", priority: 2), Rule("ebay", priority: 2), Rule("walmart", priority: 1));

        var targets = ChannelAllocator.Compute(
            Sku, [Position("WH1", 10)], set, [Signal("shopify", 1), Signal("ebay", 1), Signal("walmart", 1)]);

        Assert.Equal([("ebay", 3), ("shopify", 3), ("walmart", 4)], targets.Select(t => (t.Listing, t.Quantity)));
    }

    [Fact]
    public void Compute_ScarceProportionalWithCap_GivesCappedListingsLeftoverToOthers()
    {
        // shopify's quota of 8 is above its cap of 5; the 5 left all go to ebay.
        var set = Scarce(
            AllocationMode.ProportionalToRecentSales, Rule("shopify") with { MaxListed = 5 }, Rule("ebay"));

        var targets = ChannelAllocator.Compute(
            Sku, [Position("WH1", 10)], set, [Signal("shopify", 8), Signal("ebay", 2)]);

        Assert.Equal([("ebay", 5), ("shopify", 5)], targets.Select(t => (t.Listing, t.Quantity)));
    }

    [Fact]
    public void Compute_ScarceProportionalNoSales_SharesEqually()
    {
        var set = Scarce(AllocationMode.ProportionalToRecentSales, Rule("shopify"), Rule("ebay"));

        var targets = ChannelAllocator.Compute(Sku, [Position("WH1", 6)], set, []);

        Assert.Equal([3, 3], targets.Select(t => t.Quantity));
    }

    [Fact]
    public void Compute_SeparatePools_AllocatesEachOnItsOwn()
    {
        // FBA's 2 units are not part of the warehouse pool.
        var set = Scarce(
            AllocationMode.Priority,
            Rule("amazon", priority: 1),
            Rule("amazon-fba") with { FeedingLocations = ["FBA"] },
            Rule("shopify", priority: 2));

        var targets = ChannelAllocator.Compute(Sku, [Position("WH1", 5), Position("FBA", 2)], set, []);

        Assert.Equal(
            [("amazon", 5, "WH1"), ("amazon-fba", 2, "FBA"), ("shopify", 0, "WH1")],
            targets.Select(t => (t.Listing, t.Quantity, t.Pool)));
    }

    [Fact]
    public void Compute_PositionOfOtherSku_Throws()
    {
        var other = Position("WH1", 1) with { Key = new("SKU-2", "WH1") };

        Assert.Throws<ArgumentException>(() => ChannelAllocator.Compute(Sku, [other], Set(Rule("shopify")), []));
    }
}

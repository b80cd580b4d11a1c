using CsCheck;
using Inventory.Core.Stock;
using Inventory.Core.Sync.Allocation;
using static Inventory.Core.Tests.Sync.Allocation.AllocationFixtures;

namespace Inventory.Core.Tests.Sync.Allocation;

public sealed class ChannelAllocatorPropertyTests
{
    private static readonly string[] Locations = ["WH1", "WH2", "WH3", "FBA"];

    private static readonly string[] Listings = ["amazon", "amazon-fba", "ebay", "shopify", "tiktok", "walmart"];

    private static readonly Gen<StockPosition[]> PositionsGen =
        Gen.Select(Gen.Int[0, 40].Array[4], Gen.Int[0, 45].Array[4], Gen.Int[1, 15],
            (onHand, committed, present) => Enumerable.Range(0, Locations.Length)
                .Where(i => (present & (1 << i)) != 0)
                .Select(i => Position(Locations[i], onHand[i], committed[i]))
                .ToArray());

    private static readonly Gen<ChannelRule> RuleShapeGen =
        Gen.Select(
            Gen.Select(Gen.Int[0, 100], Gen.Int[0, 5], Gen.Int[-1, 30], Gen.Int[0, 5]),
            Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 15]),
            (numbers, other) => new ChannelRule
            {
                Channel = "shopify",
                Listing = "shopify",
                BufferPercent = numbers.Item1,
                FixedReserve = numbers.Item2,
                MaxListed = numbers.Item3 < 0 ? null : Math.Max(numbers.Item3, numbers.Item4),
                MinimumToList = numbers.Item4,
                Priority = other.Item1,
                LagAware = other.Item2,
                FeedingLocations = [.. Enumerable.Range(0, Locations.Length)
                    .Where(i => (other.Item3 & (1 << i)) != 0).Select(i => Locations[i])],
            });

    private static readonly Gen<(StockPosition[] Positions, ChannelRuleSet Set, ChannelDemandSignal[] Signals)>
        CaseGen =
        Gen.Select(
            PositionsGen,
            RuleShapeGen.Array[Listings.Length],
            Gen.Select(Gen.Double[0, 2000], Gen.Double[0, 600]).Array[Listings.Length],
            Gen.Select(Gen.Int[1, 63], Gen.Bool, Gen.Int[0, 60], Gen.Double[0, 3]),
            (positions, shapes, measured, setShape) =>
            {
                var (present, proportional, minimumUnits, coverDays) = setShape;
                var chosen = Enumerable.Range(0, Listings.Length).Where(i => (present & (1 << i)) != 0).ToList();
                var rules = chosen.Select(i => shapes[i] with
                {
                    Channel = Listings[i].Split('-')[0],
                    Listing = Listings[i],
                }).ToArray();
                var signals = chosen.Select(i => Signal(Listings[i], measured[i].Item1, measured[i].Item2)).ToArray();
                var set = new ChannelRuleSet
                {
                    Rules = rules,
                    AllocationMode = proportional ? AllocationMode.ProportionalToRecentSales : AllocationMode.Priority,
                    Scarcity = new ScarcityPolicy { MinimumUnits = minimumUnits, CoverDays = coverDays },
                };
                return (positions, set, signals);
            });

    [Fact]
    public void Compute_AnyScarcePool_NeverPublishesMoreThanPoolAvailable()
    {
        CaseGen.Sample(c =>
        {
            var targets = ChannelAllocator.Compute(Sku, c.Positions, c.Set, c.Signals);

            return targets.Where(t => t.Scarce).GroupBy(t => t.Pool)
                .All(pool => pool.Sum(t => t.Quantity) <= pool.First().PoolAvailable);
        });
    }

    [Fact]
    public void Compute_AlwaysScarce_SumOverEveryPoolWithinPoolAvailable()
    {
        CaseGen.Sample(c =>
        {
            var set = c.Set with { Scarcity = new ScarcityPolicy { MinimumUnits = 1_000_000 } };

            var targets = ChannelAllocator.Compute(Sku, c.Positions, set, c.Signals);

            var poolAvailable = targets.GroupBy(t => t.Pool).ToDictionary(g => g.Key, g => g.First().PoolAvailable);
            return targets.GroupBy(t => t.Pool).All(pool => pool.Sum(t => t.Quantity) <= poolAvailable[pool.Key]);
        });
    }

    [Fact]
    public void Compute_AnyInput_PublishesBetweenZeroAndCandidateWithinOwnAvailable()
    {
        CaseGen.Sample(c =>
        {
            var targets = ChannelAllocator.Compute(Sku, c.Positions, c.Set, c.Signals);

            return targets.All(t => t.Quantity >= 0 && t.Quantity <= t.Candidate && t.Candidate <= t.FeedingAvailable);
        });
    }

    [Fact]
    public void Compute_AnyInput_RespectsCapAndMinimumOnWhatIsPublished()
    {
        CaseGen.Sample(c =>
        {
            var targets = ChannelAllocator.Compute(Sku, c.Positions, c.Set, c.Signals);

            var rules = c.Set.Rules.ToDictionary(r => r.Listing);
            return targets.All(t =>
                (rules[t.Listing].MaxListed is not { } max || t.Quantity <= max)
                && (t.Quantity == 0 || t.Quantity >= rules[t.Listing].MinimumToList));
        });
    }
}

using Inventory.Core.Stock;
using Inventory.Core.Sync.Allocation;

namespace Inventory.Core.Tests.Sync.Allocation;

/// <summary>Small builders for allocation tests.</summary>
internal static class AllocationFixtures
{
    public const string Sku = "SKU-1";

    public static StockPosition Position(string location, int onHand, int committed = 0) =>
        new(new StockKey(Sku, location), new StockQuantities(onHand, committed, 0, 0, 0), [], 1, null,
            DateTimeOffset.UnixEpoch);

    public static ChannelRule Rule(string listing, int priority = 100) => new()
    {
        Channel = listing.Split('-')[0],
        Listing = listing,
        Priority = priority,
    };

    public static ChannelRuleSet Set(params ChannelRule[] rules) => new() { Rules = rules };

    /// <summary>A set whose pools are always scarce: stock is never listed twice.</summary>
    public static ChannelRuleSet Scarce(AllocationMode mode, params ChannelRule[] rules) => new()
    {
        Rules = rules,
        AllocationMode = mode,
        Scarcity = new ScarcityPolicy { MinimumUnits = 1_000_000 },
    };

    public static ChannelDemandSignal Signal(string listing, double unitsPerDay, double lagSeconds = 0) =>
        new(listing, unitsPerDay, TimeSpan.FromSeconds(lagSeconds));

    public static ChannelTarget Single(
        ChannelRule rule, int available, IReadOnlyList<ChannelDemandSignal>? signals = null) =>
        ChannelAllocator.Compute(Sku, [Position("WH1", available)], Set(rule), signals ?? []).Single();

    public static int QuantityOf(this IReadOnlyList<ChannelTarget> targets, string listing) =>
        targets.Single(t => t.Listing == listing).Quantity;
}

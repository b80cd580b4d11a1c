using Inventory.Core.Catalog;
using Inventory.Core.Planning;
using Inventory.Core.Stock;

namespace Inventory.Core.Tests.Planning;

public sealed class ReorderPlannerTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);
    private static readonly IReadOnlyList<double> Flat = [1, 1, 1, 1, 1, 1, 1];

    [Fact]
    public void Plan_HandComputedClassB_GivesSafetyStockReorderPointAndOrder()
    {
        var input = Input(Item(leadTime: 9, spread: 2, cost: 10m), AbcClass.B,
            [Channel("shopify", mean: 20, stdDev: 4)], new StockQuantities(150, 10, 0, 40, 0));

        var line = ReorderPlanner.Plan(input, new PlanningOptions());

        // z(0.95) = 1.6448536; sigma_LT-demand = sqrt(9 * 16 + 400 * 4) = 41.761226.
        Assert.Equal(20.0, line.ForecastDailyDemand, 10);
        Assert.Equal(68.6908, line.SafetyStock, 3);
        Assert.Equal(248.6908, line.ReorderPoint, 3);

        // EOQ = sqrt(2 * 7300 * 50 / (0.25 * 10)) = 540.37; position 150 + 40 - 10 = 180 is at or below the ROP.
        Assert.Equal(540.370, line.EconomicOrderQuantity!.Value, 3);
        Assert.Equal(180, line.InventoryPosition);
        Assert.Equal(541, line.SuggestedOrderQuantity);
        Assert.Equal(5410m, line.SuggestedOrderValue);
        Assert.Equal(StockAlert.BelowReorderPoint, line.Alert);
        Assert.Equal(7.0, line.DaysOfSupply!.Value, 10);
        Assert.Equal(0.5, line.StockoutRisk, 6);
    }

    [Fact]
    public void Plan_TwoChannels_ForecastsEachThenSumsAndCombinesDeviations()
    {
        var input = Input(Item(leadTime: 5, spread: 0, cost: 2m), AbcClass.A,
            [Channel("shopify", 12, 3), Channel("amazon", 8, 4)], new StockQuantities(1000, 0, 0, 0, 0));

        var line = ReorderPlanner.Plan(input, new PlanningOptions());

        Assert.Equal(20.0, line.ForecastDailyDemand, 10);
        Assert.Equal(5.0, line.DailyDemandStdDev, 10);
        Assert.Equal(0, line.SuggestedOrderQuantity);
        Assert.Equal(StockAlert.None, line.Alert);
    }

    [Fact]
    public void Plan_KnownEventInLeadTime_AppliesItsMultiplierOnItsDaysOnly()
    {
        var options = new PlanningOptions();
        options.Events.Add(new ChannelEvent
        {
            Channel = "amazon", Name = "Prime Day", Start = AsOf.AddDays(1), End = AsOf.AddDays(1), DemandMultiplier = 3,
        });
        var input = Input(Item(leadTime: 2, spread: 0, cost: 2m), AbcClass.A,
            [Channel("amazon", 20, 0)], new StockQuantities(1000, 0, 0, 0, 0));

        var line = ReorderPlanner.Plan(input, options);

        // (20 * 3 + 20) / 2 days.
        Assert.Equal(40.0, line.ForecastDailyDemand, 10);
    }

    [Fact]
    public void Plan_ZeroLeadTimeVariance_SafetyStockFromDemandOnly()
    {
        var input = Input(Item(leadTime: 4, spread: 0, cost: 1m), AbcClass.C,
            [Channel("shopify", 10, 3)], new StockQuantities(500, 0, 0, 0, 0));

        var line = ReorderPlanner.Plan(input, new PlanningOptions());

        // z(0.90) * 3 * sqrt(4).
        Assert.Equal(1.2815516 * 6, line.SafetyStock, 5);
    }

    [Fact]
    public void Plan_NoSales_NoOrderAndNoAlert()
    {
        var input = Input(Item(leadTime: 10, spread: 3, cost: 5m), AbcClass.C, [], StockQuantities.Zero);

        var line = ReorderPlanner.Plan(input, new PlanningOptions());

        Assert.Equal(0.0, line.SafetyStock);
        Assert.Equal(0, line.SuggestedOrderQuantity);
        Assert.Null(line.DaysOfSupply);
        Assert.Equal(StockAlert.None, line.Alert);
        Assert.Contains("No demand", line.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NewSkuWithoutCost_EoqUndefinedAndOrderCoversTheGap()
    {
        var input = Input(Item(leadTime: 5, spread: 0, cost: 0m), AbcClass.C,
            [Channel("shopify", 2, 0)], StockQuantities.Zero) with { HistoryDays = 1 };

        var line = ReorderPlanner.Plan(input, new PlanningOptions());

        Assert.Null(line.EconomicOrderQuantity);
        Assert.Equal(10, line.SuggestedOrderQuantity);
        Assert.Equal(0m, line.SuggestedOrderValue);
        Assert.Contains("EOQ is undefined", line.Note, StringComparison.Ordinal);
        Assert.Contains("1 day(s) of history", line.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_PositionBelowSafetyStock_AlertsBelowSafetyStock()
    {
        var input = Input(Item(leadTime: 9, spread: 2, cost: 10m), AbcClass.A,
            [Channel("shopify", 20, 4)], new StockQuantities(30, 0, 0, 0, 0));

        var line = ReorderPlanner.Plan(input, new PlanningOptions());

        Assert.Equal(StockAlert.BelowSafetyStock, line.Alert);
    }

    [Fact]
    public void Rank_AItemsAtRiskComeFirst()
    {
        var options = new PlanningOptions();
        var lowRiskA = ReorderPlanner.Plan(Input(Item(5, 0, 1m), AbcClass.A, [Channel("s", 1, 1)], new(1000, 0, 0, 0, 0)), options);
        var atRiskC = ReorderPlanner.Plan(Input(Item(5, 0, 1m), AbcClass.C, [Channel("s", 5, 1)], new(1, 0, 0, 0, 0)) with { Sku = "C" }, options);
        var atRiskA = ReorderPlanner.Plan(Input(Item(5, 0, 1m), AbcClass.A, [Channel("s", 5, 1)], new(2, 0, 0, 0, 0)) with { Sku = "A" }, options);

        var ranked = ReorderPlanner.Rank([lowRiskA, atRiskC, atRiskA]);

        Assert.Equal(["A", "C", "SKU-1"], ranked.Select(l => l.Sku));
        Assert.Equal([1, 2, 3], ranked.Select(l => l.Priority));
    }

    private static CatalogItem Item(double leadTime, double spread, decimal cost) =>
        new("SKU-1", "Widget", cost, 25m, "SUP-01", leadTime, spread, 1, 1);

    private static ChannelDemand Channel(string channel, double mean, double stdDev) =>
        new(channel, new ChannelForecast(mean, stdDev, 0, 45, Flat, 90));

    private static ReorderInput Input(
        CatalogItem item, AbcClass abcClass, IReadOnlyList<ChannelDemand> channels, StockQuantities quantities) =>
        new(AsOf, item.Sku, "WH-1", item, abcClass, 1000, 90, 90, channels, quantities);
}

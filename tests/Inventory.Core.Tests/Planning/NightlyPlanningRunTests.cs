using Inventory.Core.Catalog;
using Inventory.Core.Planning;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Core.Tests.Planning;

public sealed class NightlyPlanningRunTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);
    private readonly InMemoryPlanningStores _stores = new();

    [Fact]
    public async Task Run_ChannelWithLowFillRate_IsFlaggedWhileTotalIsHealthy()
    {
        await SeedAsync();

        var report = await RunAsync(new PlanningOptions { HistoryWindowDays = 30 });

        var total = Kpi(report, KpiKind.FillRate, KpiSegmentKind.Total, "all");
        var amazon = Kpi(report, KpiKind.FillRate, KpiSegmentKind.Channel, "amazon");
        Assert.Equal(100.0 * 388 / 401, total.Value!.Value, 10); // SKU-N adds one short line
        Assert.Equal(KpiStatus.Healthy, total.Status);
        Assert.Equal(88.0, amazon.Value!.Value, 10);
        Assert.True(amazon.Flagged);
        Assert.Contains("while the total", amazon.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LocationWithNoStockAllPeriod_TurnoverIsUndefinedNotDividedByZero()
    {
        await SeedAsync();

        var report = await RunAsync(new PlanningOptions { HistoryWindowDays = 30 });

        var empty = Kpi(report, KpiKind.InventoryTurnover, KpiSegmentKind.Location, "WH-2");
        Assert.Null(empty.Value);
        Assert.Equal(KpiStatus.Undefined, empty.Status);
        Assert.Contains("turnover is undefined", empty.Note, StringComparison.Ordinal);
        Assert.Null(Kpi(report, KpiKind.DaysOfInventory, KpiSegmentKind.Location, "WH-2").Value);
        Assert.Equal(100.0, Kpi(report, KpiKind.StockoutRate, KpiSegmentKind.Location, "WH-2").Value);
    }

    [Fact]
    public async Task Run_HandComputedTurnover_AnnualisesTheWindowsCogs()
    {
        await SeedAsync();

        var report = await RunAsync(new PlanningOptions { HistoryWindowDays = 30 });

        // COGS 25 * 140 + 5 * 100 = 4,000 in 30 days over an average value of 1,000.
        var expected = 4000.0 * 365 / 30 / 1000;
        Assert.Equal(expected, Kpi(report, KpiKind.InventoryTurnover, KpiSegmentKind.Total, "all").Value!.Value, 8);
        Assert.Equal(expected, Kpi(report, KpiKind.InventoryTurnover, KpiSegmentKind.Channel, "amazon").Value!.Value, 8);
        Assert.Equal(KpiStatus.AboveRange, Kpi(report, KpiKind.InventoryTurnover, KpiSegmentKind.Total, "all").Status);
    }

    [Fact]
    public async Task Run_NewSkuWithOneDayAndNoCost_PlansWithoutEoq()
    {
        await SeedAsync();

        var report = await RunAsync(new PlanningOptions { HistoryWindowDays = 30 });

        var line = report.Reorder.Single(l => l.Sku == "SKU-N");
        Assert.Equal(1, line.HistoryDays);
        Assert.Null(line.EconomicOrderQuantity);
        Assert.Equal(1.0, line.AverageDailyDemand, 10);
        Assert.True(line.SuggestedOrderQuantity > 0);
    }

    [Fact]
    public async Task Run_EveryReport_HasSixKpisPerSegmentAndRankedLines()
    {
        await SeedAsync();

        var report = await RunAsync(new PlanningOptions { HistoryWindowDays = 30 });

        // Total, 2 channels, 3 classes, 2 locations.
        Assert.Equal(6 * 8, report.Kpis.Count);
        Assert.Equal(3, report.Reorder.Count);
        Assert.Equal(Enumerable.Range(1, 3), report.Reorder.Select(l => l.Priority));
        Assert.Equal(30, report.Dates.Count);
        Assert.Single(_stores.Reports);
    }

    [Fact]
    public async Task Run_EventDaysInHistory_AreNotTakenForTheBaseline()
    {
        await _stores.PutAsync([new CatalogItem("SKU-E", "Event", 5m, 10m, "SUP", 3, 0, 1, 1)]);
        var spike = AsOf.AddDays(-10);
        for (var t = 0; t < 28; t++)
        {
            var day = AsOf.AddDays(-t);
            var units = day == spike ? 100 : 4;
            await _stores.WriteDayAsync(day,
                [new DailyDemandFact(day, "SKU-E", "amazon", "WH-1", units, 0, units, 0, units, 0, units * 5m)],
                [new DailyPositionFact(day, "SKU-E", "WH-1", 500, 0, 0, 0, 0, 2500m, 0, units * 5m, 0m, false)]);
        }

        var options = new PlanningOptions { HistoryWindowDays = 28, MinimumDaysForTrend = 365 };
        var without = (await RunAsync(options)).Reorder.Single();
        options.Events.Add(new ChannelEvent { Channel = "amazon", Name = "Prime Day", Start = spike, End = spike });
        var with = (await RunAsync(options)).Reorder.Single();

        Assert.Equal(4.0, with.AverageDailyDemand, 10);
        Assert.Equal(0.0, with.DailyDemandStdDev, 10);
        Assert.True(without.AverageDailyDemand > 7.0);
    }

    private async Task<PlanningReport> RunAsync(PlanningOptions options)
    {
        var run = new NightlyPlanningRun(
            _stores, _stores, _stores, Options.Create(options), new FakeTimeProvider(),
            NullLogger<NightlyPlanningRun>.Instance);
        await run.RunAsync(AsOf);
        return _stores.Reports[^1];
    }

    private static KpiRow Kpi(PlanningReport report, KpiKind kind, KpiSegmentKind segmentKind, string segment) =>
        report.Kpis.Single(k => k.Kpi == kind && k.SegmentKind == segmentKind && k.Segment == segment);

    // 30 days: SKU-A sells at WH-1 on shopify (10 lines a day, all complete) and amazon (4 lines a day for 25 days,
    // 12 of the 100 short); WH-2 holds SKU-A with no stock at all; SKU-N is new, one day old, with no cost.
    private async Task SeedAsync()
    {
        await _stores.PutAsync(
        [
            new CatalogItem("SKU-A", "Widget", 10m, 25m, "SUP-01", 5, 1, 1, 1),
            new CatalogItem("SKU-N", "New widget", 0m, 30m, "SUP-02", 7, 0, 1, 1),
        ]);
        for (var t = 0; t < 30; t++)
        {
            var day = AsOf.AddDays(t - 29);
            var amazonDay = t < 25;
            var demand = new List<DailyDemandFact>
            {
                new(day, "SKU-A", "shopify", "WH-1", 10, 0, 10, 0, 10, 0, 100m),
            };
            if (amazonDay)
            {
                demand.Add(new(day, "SKU-A", "amazon", "WH-1", 4, 0, 4, 0, 4, t < 12 ? 1 : 0, 40m));
            }

            var positions = new List<DailyPositionFact>
            {
                new(day, "SKU-A", "WH-1", 100, 0, 0, 0, 0, 1000m, 14, amazonDay ? 140m : 100m, 0m, false),
                new(day, "SKU-A", "WH-2", 0, 0, 0, 0, 0, 0m, 0, 0m, 0m, true),
            };
            if (t == 29)
            {
                demand.Add(new(day, "SKU-N", "shopify", "WH-1", 1, 0, 0, 0, 1, 1, 0m));
                positions.Add(new(day, "SKU-N", "WH-1", 0, 1, 0, 0, 0, 0m, 0, 0m, 0m, true));
            }

            await _stores.WriteDayAsync(day, demand, positions);
        }
    }
}

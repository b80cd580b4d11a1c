using Inventory.Core.Planning;
using Inventory.Embedded.Planning;
using Inventory.Embedded.Planning.Files;
using Inventory.Embedded.Planning.Synthetic;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Parquet;

namespace Inventory.Embedded.Tests.Planning;

public sealed class PlanningEndToEndTests : IDisposable
{
    private static readonly DateOnly LastDay = new(2026, 11, 30);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task GenerateThenReport_SmallCatalog_WritesEveryTableWithItsSchemaAndKnownValues()
    {
        var store = new SqliteStoreOptions { DataDirectory = _directory, FlushEveryCommit = false };
        var export = new PlanningExportOptions { Directory = Path.Combine(_directory, "exports") };
        var generated = await SyntheticHistoryGenerator.GenerateAsync(
            store, export, new SyntheticHistoryOptions { Skus = 40, Days = 60, Seed = 7, LastDay = LastDay, TopSkuRevenuePerDay = 600 },
            new FakeTimeProvider());

        var options = new PlanningOptions { HistoryWindowDays = 45 };
        foreach (var planningEvent in generated.Events)
        {
            options.Events.Add(planningEvent);
        }

        var facts = new FileDailyFactStore(Options.Create(export));
        var run = new NightlyPlanningRun(
            new SqliteCatalogStore(Options.Create(store)), facts, new FileReportSink(Options.Create(export)),
            Options.Create(options), new FakeTimeProvider(), NullLogger<NightlyPlanningRun>.Instance);
        var summary = await run.RunAsync(LastDay);

        Assert.Equal(0, generated.Refused);
        Assert.True(generated.Movements > 500, $"only {generated.Movements} movements");
        Assert.Equal(40 * 2, summary.Positions);
        var folder = export.DayDirectory(LastDay);
        foreach (var table in new[]
                 {
                     "fact_reorder", "fact_kpi", "fact_daily_demand", "fact_daily_position", "dim_sku", "dim_channel",
                     "dim_location", "dim_date",
                 })
        {
            Assert.True(File.Exists(Path.Combine(folder, table + ".parquet")), table + ".parquet");
            Assert.True(File.Exists(Path.Combine(folder, table + ".csv")), table + ".csv");
        }

        await AssertSchemaAsync(folder, PowerBiSchema.Reorder.Name, PowerBiSchema.Reorder.Columns.Select(c => c.Name));
        await AssertSchemaAsync(folder, PowerBiSchema.Kpi.Name, PowerBiSchema.Kpi.Columns.Select(c => c.Name));
        await AssertSchemaAsync(folder, PowerBiSchema.DailyPosition.Name, PowerBiSchema.DailyPosition.Columns.Select(c => c.Name));
        Assert.Equal(80, await RowCountAsync(folder, "fact_reorder"));
        Assert.Equal(80, await RowCountAsync(folder, "fact_daily_position"));
        Assert.Equal(40, await RowCountAsync(folder, "dim_sku"));
        Assert.Equal(45, await RowCountAsync(folder, "dim_date"));

        // Six KPIs for the total, three channels, three classes and two locations.
        Assert.Equal(6 * (1 + 3 + 3 + 2), await RowCountAsync(folder, "fact_kpi"));
        var csv = await File.ReadAllLinesAsync(Path.Combine(folder, "dim_channel.csv"));
        Assert.Equal(["channel", "amazon", "shopify", "walmart"], csv);

        // The lines are ranked 1..N, and the file's total fill rate is the one the daily facts give.
        Assert.Equal(Enumerable.Range(1, 80), await ColumnAsync<int>(folder, "fact_reorder", "priority"));
        long lines = 0, complete = 0;
        await foreach (var fact in facts.ReadDemandAsync(LastDay.AddDays(-44), LastDay))
        {
            lines += fact.OrderLines;
            complete += fact.OrderLines - fact.OrderLinesShort;
        }

        var kpis = await ColumnAsync<string>(folder, "fact_kpi", "kpi");
        var kinds = await ColumnAsync<string>(folder, "fact_kpi", "segment_kind");
        var values = await ColumnAsync<double?>(folder, "fact_kpi", "value");
        var fill = Enumerable.Range(0, kpis.Count).Single(i => kpis[i] == "FillRate" && kinds[i] == "Total");
        Assert.Equal(100.0 * complete / lines, values[fill]!.Value, 9);

        // The roll-up's end-of-day positions are the stock store's positions (nothing moved after the last day).
        var stock = new SqliteStockStore(Options.Create(store), new FakeTimeProvider(), NullLogger<SqliteStockStore>.Instance);
        await using (stock)
        {
            var last = new List<DailyPositionFact>();
            await foreach (var fact in facts.ReadPositionsAsync(LastDay, LastDay))
            {
                last.Add(fact);
            }

            foreach (var fact in last.Take(10))
            {
                var position = await stock.GetPositionAsync(new Inventory.Core.Stock.StockKey(fact.Sku, fact.Location));
                Assert.Equal(position!.Quantities, new Inventory.Core.Stock.StockQuantities(
                    fact.OnHand, fact.Committed, fact.Unavailable, fact.Incoming, fact.InTransit));
                Assert.Equal(position.InventoryValue, fact.InventoryValue);
            }
        }
    }

    private static async Task<List<T>> ColumnAsync<T>(string folder, string table, string column)
    {
        await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, table + ".parquet"));
        var field = reader.Schema.DataFields.Single(f => f.Name == column);
        var values = new List<T>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var chunk = new T[group.RowCount];
            if (typeof(T) == typeof(string))
            {
                var strings = new string?[group.RowCount];
                await group.ReadAsync(field, strings.AsMemory());
                values.AddRange(strings.Cast<T>());
                continue;
            }

            if (typeof(T) == typeof(double?))
            {
                var doubles = new double?[group.RowCount];
                await group.ReadAsync<double>(field, doubles.AsMemory());
                values.AddRange(doubles.Cast<T>());
                continue;
            }

            var ints = new int[group.RowCount];
            await group.ReadAsync<int>(field, ints.AsMemory());
            values.AddRange(ints.Cast<T>());
        }

        return values;
    }

    private static async Task AssertSchemaAsync(string folder, string table, IEnumerable<string> expected)
    {
        await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, table + ".parquet"));
        Assert.Equal(expected, reader.Schema.DataFields.Select(f => f.Name));
    }

    private static async Task<long> RowCountAsync(string folder, string table)
    {
        await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, table + ".parquet"));
        long rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
        }

        return rows;
    }
}

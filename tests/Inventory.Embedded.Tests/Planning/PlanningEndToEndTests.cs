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

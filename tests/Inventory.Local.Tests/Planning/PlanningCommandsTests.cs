namespace Inventory.Local.Tests.Planning;

public sealed class PlanningCommandsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "inventory-tests", "cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task GenerateThenReport_SmallHistory_WritesEveryStarSchemaTableForTheDate()
    {
        var data = Path.Combine(_root, "data");
        var output = Path.Combine(_root, "reports");

        var generated = await LocalCommandLine.RunAsync(
            ["generate", "--skus", "20", "--days", "30", "--seed", "3", "--last-day", "2026-11-30", "--data-dir", data]);
        var reported = await LocalCommandLine.RunAsync(
            ["report", "--as-of", "2026-11-30", "--out", output, "--data-dir", data]);

        Assert.Equal(0, generated);
        Assert.Equal(0, reported);
        var day = Path.Combine(output, "2026-11-30");
        foreach (var table in new[]
                 {
                     "fact_reorder", "fact_kpi", "fact_daily_demand", "fact_daily_position", "dim_sku", "dim_channel",
                     "dim_location", "dim_date",
                 })
        {
            Assert.True(File.Exists(Path.Combine(day, table + ".parquet")), table + ".parquet is missing");
            Assert.True(File.Exists(Path.Combine(day, table + ".csv")), table + ".csv is missing");
        }
    }

    [Fact]
    public async Task Generate_IntoUsedDataDirectory_RefusesWithExitCode2()
    {
        var data = Path.Combine(_root, "used");
        await LocalCommandLine.RunAsync(["generate", "--skus", "5", "--days", "3", "--data-dir", data]);

        var again = await LocalCommandLine.RunAsync(["generate", "--skus", "5", "--days", "3", "--data-dir", data]);

        Assert.Equal(2, again);
    }

    [Fact]
    public async Task Report_WithoutAsOf_RefusesWithExitCode2()
    {
        var exit = await LocalCommandLine.RunAsync(["report", "--out", _root]);

        Assert.Equal(2, exit);
    }
}

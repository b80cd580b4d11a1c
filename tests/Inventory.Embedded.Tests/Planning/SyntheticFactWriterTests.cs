using Inventory.Core.Planning;
using Inventory.Embedded.Planning;
using Inventory.Embedded.Planning.Synthetic;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Embedded.Tests.Planning;

public sealed class SyntheticFactWriterTests : IDisposable
{
    private static readonly DateOnly LastDay = new(2026, 11, 30);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task WriteAsync_SmallCatalog_WritesEveryDayAndTheSameFactsForTheSameSeed()
    {
        var options = new SyntheticHistoryOptions { Skus = 50, Days = 20, Locations = 3, Seed = 3, LastDay = LastDay };
        var first = await WriteAsync("a", options);
        var second = await WriteAsync("b", options);

        Assert.Equal(20 * 50 * 3, first.Positions.Count);
        Assert.Equal(first.Positions, second.Positions);
        Assert.Equal(first.Demand, second.Demand);
        Assert.Contains(first.Demand, d => d.UnitsShipped > 0);
        Assert.Contains(first.Positions, p => p.UnitsReceived > 0);
    }

    private async Task<(List<DailyPositionFact> Positions, List<DailyDemandFact> Demand)> WriteAsync(
        string name, SyntheticHistoryOptions options)
    {
        var facts = new FileDailyFactStore(Options.Create(
            new PlanningExportOptions { Directory = Path.Combine(_directory, name), WriteCsv = false }));
        var catalog = new SqliteCatalogStore(Options.Create(
            new SqliteStoreOptions { DataDirectory = Path.Combine(_directory, name), FlushEveryCommit = false }));
        await SyntheticFactWriter.WriteAsync(catalog, facts, options, new FakeTimeProvider());

        var positions = new List<DailyPositionFact>();
        await foreach (var fact in facts.ReadPositionsAsync(LastDay.AddDays(-19), LastDay))
        {
            positions.Add(fact);
        }

        var demand = new List<DailyDemandFact>();
        await foreach (var fact in facts.ReadDemandAsync(LastDay.AddDays(-19), LastDay))
        {
            demand.Add(fact);
        }

        // Sorted, so a difference shows as the first unequal fact.
        return (
            positions.OrderBy(p => p.Date).ThenBy(p => p.Sku, StringComparer.Ordinal)
                .ThenBy(p => p.Location, StringComparer.Ordinal).ToList(),
            demand.OrderBy(d => d.Date).ThenBy(d => d.Sku, StringComparer.Ordinal)
                .ThenBy(d => d.Location, StringComparer.Ordinal).ThenBy(d => d.Channel, StringComparer.Ordinal).ToList());
    }
}

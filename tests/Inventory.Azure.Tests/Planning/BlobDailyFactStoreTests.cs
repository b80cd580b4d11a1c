using Inventory.Azure.Planning;
using Inventory.Azure.Tests.Emulators;
using Inventory.Core.Planning;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Planning;

[Collection(AzuriteBlobGroup.Name)]
public sealed class BlobDailyFactStoreTests(AzuriteBlobFixture azurite)
{
    private static readonly DateOnly Day = PlanningReports.Day;

    [Fact]
    public async Task HasDayAsync_DayNeverWritten_ReturnsFalse()
    {
        var store = await CreateSutAsync();

        Assert.False(await store.HasDayAsync(Day));
    }

    [Fact]
    public async Task WriteDayAsync_Facts_ReadsThemBackInDateOrder()
    {
        var store = await CreateSutAsync();
        await store.WriteDayAsync(Day.AddDays(1), [PlanningReports.Demand(Day.AddDays(1), "B")],
            [PlanningReports.Position(Day.AddDays(1), "B", 4)]);
        await store.WriteDayAsync(Day, [PlanningReports.Demand(Day, "A")], [PlanningReports.Position(Day, "A", 7)]);

        var demand = await store.ReadDemandAsync(Day, Day.AddDays(2)).ToListAsync();
        var positions = await store.ReadPositionsAsync(Day, Day.AddDays(2)).ToListAsync();

        Assert.Equal([PlanningReports.Demand(Day, "A"), PlanningReports.Demand(Day.AddDays(1), "B")], demand);
        Assert.Equal(
            [PlanningReports.Position(Day, "A", 7), PlanningReports.Position(Day.AddDays(1), "B", 4)], positions);
        Assert.True(await store.HasDayAsync(Day));
    }

    [Fact]
    public async Task WriteDayAsync_SameDayTwice_ReplacesTheDay()
    {
        var store = await CreateSutAsync();
        await store.WriteDayAsync(Day, [PlanningReports.Demand(Day, "A"), PlanningReports.Demand(Day, "B")],
            [PlanningReports.Position(Day, "A", 7)]);

        await store.WriteDayAsync(Day, [], [PlanningReports.Position(Day, "A", 3)]);

        Assert.Empty(await store.ReadDemandAsync(Day, Day).ToListAsync());
        Assert.Equal([PlanningReports.Position(Day, "A", 3)], await store.ReadPositionsAsync(Day, Day).ToListAsync());
    }

    [Fact]
    public async Task WriteDayAsync_Facts_UploadsParquetAndCsvIntoTheDateFolder()
    {
        var container = await azurite.NewContainerAsync();
        var store = CreateSut(container);

        await store.WriteDayAsync(Day, [PlanningReports.Demand(Day, "A")], [PlanningReports.Position(Day, "A", 7)]);

        var names = await azurite.Service.GetBlobContainerClient(container).GetBlobsAsync()
            .Select(blob => blob.Name).ToListAsync();
        Assert.Equal(
            [
                "2025-03-01/fact_daily_demand.csv", "2025-03-01/fact_daily_demand.parquet",
                "2025-03-01/fact_daily_position.csv", "2025-03-01/fact_daily_position.parquet",
            ],
            names.Order(StringComparer.Ordinal));
    }

    private async Task<IDailyFactStore> CreateSutAsync() => CreateSut(await azurite.NewContainerAsync());

    private BlobDailyFactStore CreateSut(string container) => new(
        azurite.Service,
        Options.Create(new BlobExportOptions { ConnectionString = azurite.ConnectionString, ExportsContainerName = container }));
}

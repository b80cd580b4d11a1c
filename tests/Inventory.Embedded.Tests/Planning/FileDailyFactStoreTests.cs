using Inventory.Core.Planning;
using Inventory.Embedded.Planning;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Tests.Planning;

public sealed class FileDailyFactStoreTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 30);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task WriteDayAsync_ThenRead_ReturnsTheSameFacts()
    {
        var store = CreateSut();
        DailyDemandFact[] demand = [new(Day, "SKU-1", "amazon", "WH-1", 5, 1, 3, 1, 4, 1, 12.3456m)];
        DailyPositionFact[] positions = [new(Day, "SKU-1", "WH-1", 10, 2, 1, 24, 3, 123.45m, 24, 12.3456m, 4.5m, true)];

        await store.WriteDayAsync(Day, demand, positions);

        Assert.True(await store.HasDayAsync(Day));
        Assert.False(await store.HasDayAsync(Day.AddDays(-1)));
        Assert.Equal(demand, await ToListAsync(store.ReadDemandAsync(Day, Day)));
        Assert.Equal(positions, await ToListAsync(store.ReadPositionsAsync(Day.AddDays(-5), Day)));
    }

    [Fact]
    public async Task WriteDayAsync_SameDayTwice_ReplacesTheDay()
    {
        var store = CreateSut();
        await store.WriteDayAsync(Day, [new(Day, "SKU-1", "amazon", "WH-1", 5, 0, 5, 0, 5, 0, 1m)], []);

        await store.WriteDayAsync(Day, [new(Day, "SKU-2", "shopify", "WH-1", 1, 0, 1, 0, 1, 0, 1m)], []);

        var read = await ToListAsync(store.ReadDemandAsync(Day, Day));
        Assert.Equal("SKU-2", Assert.Single(read).Sku);
    }

    [Fact]
    public async Task ReadPositionsAsync_SeveralDays_StreamsInDateOrderWithinTheRange()
    {
        var store = CreateSut();
        for (var t = 0; t < 5; t++)
        {
            var day = Day.AddDays(-t);
            await store.WriteDayAsync(day, [], [new(day, "SKU-1", "WH-1", t, 0, 0, 0, 0, t, 0, 0m, 0m, false)]);
        }

        var read = await ToListAsync(store.ReadPositionsAsync(Day.AddDays(-3), Day.AddDays(-1)));

        Assert.Equal([Day.AddDays(-3), Day.AddDays(-2), Day.AddDays(-1)], read.Select(f => f.Date));
    }

    [Fact]
    public async Task WriteDayAsync_FactOfAnotherDate_IsRefused()
    {
        var store = CreateSut();

        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteDayAsync(
            Day, [], [new(Day.AddDays(1), "SKU-1", "WH-1", 1, 0, 0, 0, 0, 1m, 0, 0m, 0m, false)]));
    }

    private FileDailyFactStore CreateSut() =>
        new(Options.Create(new PlanningExportOptions { Directory = _directory }));

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}

using Inventory.Core.Planning;
using Inventory.Core.Stock;
using Inventory.Embedded.Planning;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Embedded.Tests.Planning;

public sealed class NightlyRollupTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 11, 30);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private SqliteStockStore? _stock;
    private FileDailyFactStore? _facts;
    private NightlyRollup? _rollup;
    private int _ids;

    public Task InitializeAsync()
    {
        var options = Options.Create(new SqliteStoreOptions { DataDirectory = _directory, FlushEveryCommit = false });
        _stock = new SqliteStockStore(options, _time, NullLogger<SqliteStockStore>.Instance);
        _facts = new FileDailyFactStore(Options.Create(new PlanningExportOptions { Directory = Path.Combine(_directory, "x") }));
        _rollup = new NightlyRollup(new SqlitePlanningLedgerReader(options), _facts, _time, NullLogger<NightlyRollup>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _stock!.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task RunAsync_OneDayOfMovements_RollsUpDemandAndEndOfDayPosition()
    {
        await SeedPreviousDayAsync();
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
        await ApplyAsync(MovementKind.OrderLineCommitted, 3, "amazon", "ORD-1");
        await ApplyAsync(MovementKind.OrderLineCommitted, 2, "shopify", "ORD-2");
        await ApplyAsync(MovementKind.OrderLineReleased, 2, "shopify", "ORD-2");
        await ApplyAsync(MovementKind.OrderLineShipped, 3, "amazon", "ORD-1");
        await ApplyAsync(MovementKind.OrderLineCommitted, 9, "amazon", "ORD-3");
        await ApplyAsync(MovementKind.ReturnRestocked, 1, "amazon", "RMA-1");
        await ApplyAsync(MovementKind.Adjustment, -1, "operations", null, "Damaged");

        var summary = await _rollup!.RunAsync(Day);

        Assert.False(summary.Bootstrapped);
        var demand = await ToListAsync(_facts!.ReadDemandAsync(Day, Day));
        var amazon = demand.Single(d => d.Channel == "amazon");
        Assert.Equal((12, 0, 3, 1, 2, 1), (amazon.UnitsOrdered, amazon.UnitsCancelled, amazon.UnitsShipped,
            amazon.UnitsReturned, amazon.OrderLines, amazon.OrderLinesShort));
        Assert.Equal(12m, amazon.CostOfGoodsSold);
        var shopify = demand.Single(d => d.Channel == "shopify");
        Assert.Equal(0, shopify.NetUnits);

        // 10 received at 4.00; 3 shipped, 1 returned, 1 damaged: 7 on hand, 9 committed; ORD-3 oversold the rest.
        var position = Assert.Single(await ToListAsync(_facts.ReadPositionsAsync(Day, Day)));
        Assert.Equal((7, 9), (position.OnHand, position.Committed));
        Assert.Equal(28m, position.InventoryValue);
        Assert.Equal(4m, position.WriteOffValue);
        Assert.Equal(12m, position.CostOfGoodsSold);
        Assert.True(position.StockedOut);
    }

    [Fact]
    public async Task RunAsync_SameDayTwice_WritesTheSameFacts()
    {
        await SeedPreviousDayAsync();
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
        await ApplyAsync(MovementKind.OrderLineCommitted, 3, "amazon", "ORD-1");
        await _rollup!.RunAsync(Day);
        var first = await ToListAsync(_facts!.ReadPositionsAsync(Day, Day));

        await _rollup.RunAsync(Day);

        Assert.Equal(first, await ToListAsync(_facts.ReadPositionsAsync(Day, Day)));
        Assert.Single(await ToListAsync(_facts.ReadDemandAsync(Day, Day)));
    }

    [Fact]
    public async Task RunAsync_DayWithoutMovements_CarriesThePositionForward()
    {
        await SeedPreviousDayAsync();

        await _rollup!.RunAsync(Day);

        var position = Assert.Single(await ToListAsync(_facts!.ReadPositionsAsync(Day, Day)));
        Assert.Equal((10, 40m, false), (position.OnHand, position.InventoryValue, position.StockedOut));
        Assert.Empty(await ToListAsync(_facts.ReadDemandAsync(Day, Day)));
    }

    [Fact]
    public async Task RunAsync_PreviousDayMissing_RebuildsTheStartFromTheLedger()
    {
        // Recorded on 29 November, but that day is never rolled up.
        await ApplyAsync(MovementKind.PurchaseOrderPlaced, 10, "operations", "PO-1");
        await ApplyAsync(MovementKind.PurchaseOrderReceived, 10, "operations", "PO-1", unitCost: 4m);

        var summary = await _rollup!.RunAsync(Day);

        Assert.True(summary.Bootstrapped);
        var position = Assert.Single(await ToListAsync(_facts!.ReadPositionsAsync(Day, Day)));
        Assert.Equal((10, 40m), (position.OnHand, position.InventoryValue));
    }

    // 29 November: 10 units received at 4.00, rolled up.
    private async Task SeedPreviousDayAsync()
    {
        await ApplyAsync(MovementKind.PurchaseOrderPlaced, 10, "operations", "PO-1");
        await ApplyAsync(MovementKind.PurchaseOrderReceived, 10, "operations", "PO-1", unitCost: 4m);
        var previous = await _rollup!.RunAsync(Day.AddDays(-1));
        Assert.Equal(10, Assert.Single(await ToListAsync(_facts!.ReadPositionsAsync(Day.AddDays(-1), Day.AddDays(-1)))).UnitsReceived);
        Assert.True(previous.Bootstrapped);
    }

    private async Task ApplyAsync(
        MovementKind kind, int quantity, string channel, string? reference, string? reason = null, decimal? unitCost = null)
    {
        var outcome = await _stock!.ApplyAsync(new Movement
        {
            Id = $"m-{++_ids}",
            Kind = kind,
            Sku = "SKU-1",
            Location = "WH-1",
            Quantity = quantity,
            Reference = reference,
            Reason = reason,
            UnitCost = unitCost,
            Source = new MovementSource(channel),
            OccurredAt = _time.GetUtcNow(),
        });
        Assert.Equal(ApplyStatus.Applied, outcome.Status);
    }

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

using CsCheck;
using Inventory.Core.Stock;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Testing.Stock;

/// <summary>
/// The promises every <see cref="IStockStore"/> keeps. Each adapter's test project derives from this class once;
/// every test uses its own SKUs, so one store instance may serve the whole class.
/// </summary>
public abstract class StockStoreContract
{
    private const string Main = "WH-MAIN";

    protected FakeTimeProvider Time { get; } = new(Epoch);

    /// <summary>How many random sequences the property test tries; adapters over slow emulators lower it.</summary>
    protected virtual int PropertyIterations => 60;

    /// <summary>Returns the store under test, bound to <see cref="Time"/>.</summary>
    protected abstract Task<IStockStore> GetStoreAsync();

    [Fact]
    public async Task ApplyAsync_NewMovement_ReturnsAppliedWithQuantitiesAndVersion()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();

        var outcome = await ReceiveAsync(store, sku, Main, 10, 2.50m);

        Assert.Equal(ApplyStatus.Applied, outcome.Status);
        Assert.Equal(new StockQuantities(10, 0, 0, 0, 0), outcome.Quantities);
        Assert.Equal(2, outcome.Version);
        Assert.NotNull(outcome.Entry);
    }

    [Fact]
    public async Task ApplyAsync_SameMovementTwice_SecondIsDuplicateWithFirstOutcome()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        await store.ApplyAsync(Place(sku, Main, 10));
        var receipt = Receive(sku, Main, 10, 2m);

        var first = await store.ApplyAsync(receipt);
        await store.ApplyAsync(Commit(sku, Main, 3));
        var again = await store.ApplyAsync(receipt);

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Equal(first.Quantities, again.Quantities);
        Assert.Equal(first.Version, again.Version);
        var position = await store.GetPositionAsync(new StockKey(sku, Main));
        Assert.Equal(new StockQuantities(10, 3, 0, 0, 0), position!.Quantities);
        Assert.Equal(3, position.Version);
    }

    [Fact]
    public async Task ApplyAsync_ReusedIdWithOtherContent_IsRejectedAndChangesNothing()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        await store.ApplyAsync(Adjust(sku, Main, 5, id: "reused-id-" + sku));

        var outcome = await store.ApplyAsync(Adjust(sku, Main, 7, id: "reused-id-" + sku));

        Assert.Equal(ApplyStatus.Rejected, outcome.Status);
        Assert.Equal(RejectionCode.IdReused, outcome.Rejection!.Code);
        var position = await store.GetPositionAsync(new StockKey(sku, Main));
        Assert.Equal(5, position!.Quantities.OnHand);
    }

    [Fact]
    public async Task ApplyAsync_ShipMoreThanCommitted_RejectedNamingStateAndNothingChanges()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        await ReceiveAsync(store, sku, Main, 4, 1m);
        await store.ApplyAsync(Commit(sku, Main, 1));

        var outcome = await store.ApplyAsync(Ship(sku, Main, 2));

        Assert.Equal(ApplyStatus.Rejected, outcome.Status);
        Assert.Equal("committed", outcome.Rejection!.State);
        Assert.Equal(1, outcome.Rejection.Current);
        Assert.Equal(2, outcome.Rejection.Requested);
        Assert.Contains(sku, outcome.Rejection.Message, StringComparison.Ordinal);
        var ledger = await store.GetLedgerAsync(sku, 10, null);
        Assert.Equal(3, ledger.Entries.Count);
        Assert.Equal(3, outcome.Version);
    }

    [Fact]
    public async Task ApplyAsync_InvalidMovement_RejectedAsInvalidWithoutWriting()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();

        var outcome = await store.ApplyAsync(Commit(sku, Main, 0));

        Assert.Equal(ApplyStatus.Rejected, outcome.Status);
        Assert.Equal(RejectionCode.Invalid, outcome.Rejection!.Code);
        Assert.Contains(outcome.Rejection.Failures, f => f.Field == "quantity");
        Assert.Null(await store.GetPositionAsync(new StockKey(sku, Main)));
    }

    [Fact]
    public async Task ApplyAsync_CommitBeyondAvailable_AcceptedAndOversellListed()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        await ReceiveAsync(store, sku, Main, 2, 1m);

        var outcome = await store.ApplyAsync(Commit(sku, Main, 5, channel: "walmart"));

        Assert.Equal(ApplyStatus.Applied, outcome.Status);
        Assert.Equal(-3, outcome.Quantities.Available);
        var incidents = await store.ListOversellsAsync(new OversellQuery(Epoch.AddDays(-1), sku));
        var incident = Assert.Single(incidents);
        Assert.Equal(3, incident.Shortfall);
        Assert.Equal("walmart", incident.Channel);
        Assert.Equal(Main, incident.Location);
    }

    [Fact]
    public async Task ApplyAsync_ShipmentAcrossLayers_RecordsFifoCostOfGoods()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        await ReceiveAsync(store, sku, Main, 3, 2m);
        await ReceiveAsync(store, sku, Main, 5, 3m);
        await store.ApplyAsync(Commit(sku, Main, 4));

        var shipped = await store.ApplyAsync(Ship(sku, Main, 4));

        Assert.Equal(3 * 2m + 1 * 3m, shipped.Entry!.CostOfGoods);
        var position = await store.GetPositionAsync(new StockKey(sku, Main));
        Assert.Equal(4 * 3m, position!.InventoryValue);
        Assert.Equal(4, position.CostLayers.Sum(l => l.Quantity));
    }

    [Fact]
    public async Task ApplyAsync_32WritersStartedByBarrier_GiveExactlyTheSerialResult()
    {
        const int Writers = 32;
        const int RoundsEach = 4;
        var store = await GetStoreAsync();
        var sku = NewSku();
        var barrier = new Barrier(Writers);
        var failures = new List<Exception>();

        var threads = Enumerable.Range(0, Writers).Select(w => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                for (var r = 0; r < RoundsEach; r++)
                {
                    var movement = r % 2 == 0 ? Adjust(sku, Main, 3, $"w{w}-r{r}") : Commit(sku, Main, 1, $"w{w}-r{r}");
                    var outcome = store.ApplyAsync(movement).GetAwaiter().GetResult();
                    Assert.Equal(ApplyStatus.Applied, outcome.Status);
                }
            }
            catch (Exception e)
            {
                lock (failures)
                {
                    failures.Add(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        var position = await store.GetPositionAsync(new StockKey(sku, Main));
        Assert.Equal(new StockQuantities(Writers * 2 * 3, Writers * 2, 0, 0, 0), position!.Quantities);
        Assert.Equal(Writers * RoundsEach, position.Version);
        Assert.Equal(Writers * RoundsEach, (await ReadWholeLedgerAsync(store, sku)).Count);
    }

    [Fact]
    public async Task ApplyAsync_EachMovementDeliveredTwoOrThreeTimesShuffled_AppliedOnce()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        var random = new Random(20261203);
        var distinct = Enumerable.Range(0, 30).Select(i => (i % 3) switch
        {
            0 => Adjust(sku, Main, i + 1, $"dup-{i}"),
            1 => Commit(sku, Main, 1, $"dup-{i}"),
            _ => Place(sku, Main, 2, $"dup-{i}"),
        }).ToList();
        var deliveries = distinct.SelectMany(m => Enumerable.Repeat(m, random.Next(2, 4))).ToArray();
        random.Shuffle(deliveries);

        var outcomes = new List<ApplyOutcome>();
        foreach (var chunk in deliveries.Chunk(4))
        {
            outcomes.AddRange(await Task.WhenAll(chunk.Select(m => store.ApplyAsync(m))));
        }

        Assert.Equal(distinct.Count, outcomes.Count(o => o.Status == ApplyStatus.Applied));
        Assert.Equal(deliveries.Length - distinct.Count, outcomes.Count(o => o.Status == ApplyStatus.Duplicate));
        var position = await store.GetPositionAsync(new StockKey(sku, Main));
        var expectedOnHand = distinct.Where(m => m.Kind == MovementKind.Adjustment).Sum(m => m.Quantity);
        Assert.Equal(new StockQuantities(expectedOnHand, 10, 0, 20, 0), position!.Quantities);
        Assert.Equal(distinct.Count, (await ReadWholeLedgerAsync(store, sku)).Count);
    }

    [Fact]
    public async Task ApplyAsync_RandomMovementSequences_LedgerDeltasAddUpToEveryState()
    {
        var store = await GetStoreAsync();

        await StockSequenceGen.Sequences.SampleAsync(
            async steps =>
            {
                var sku = NewSku("PROP");
                foreach (var step in steps)
                {
                    Time.Advance(TimeSpan.FromSeconds(1));
                    await store.ApplyAsync(step.ToMovement(sku));
                }

                await AssertConsistentAsync(store, sku);
            },
            iter: PropertyIterations,
            threads: 1);
    }

    [Fact]
    public async Task GetPositionsAsync_SeveralLocations_ReturnsEachOrderedByLocation()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        await store.ApplyAsync(Adjust(sku, "WH-B", 2));
        await store.ApplyAsync(Adjust(sku, "FBA", 7));
        await store.ApplyAsync(Adjust(sku, "WH-A", 1));
        await store.ApplyAsync(Adjust(NewSku(), "WH-A", 1));

        var positions = await store.GetPositionsAsync(sku);

        Assert.Equal(["FBA", "WH-A", "WH-B"], positions.Select(p => p.Key.Location));
        Assert.Equal([7, 1, 2], positions.Select(p => p.Quantities.OnHand));
    }

    [Fact]
    public async Task GetPositionAsync_NeverMoved_ReturnsNull()
    {
        var store = await GetStoreAsync();

        var position = await store.GetPositionAsync(new StockKey(NewSku(), Main));

        Assert.Null(position);
    }

    [Fact]
    public async Task GetLedgerAsync_PagedThroughWholeLedger_NewestFirstWithoutGapsOrRepeats()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        for (var i = 1; i <= 12; i++)
        {
            Time.Advance(TimeSpan.FromMinutes(1));
            await store.ApplyAsync(Adjust(sku, i % 2 == 0 ? Main : "WH-2", i, $"{sku}-m{i:D2}"));
        }

        var entries = await ReadWholeLedgerAsync(store, sku, pageSize: 5);

        Assert.Equal(Enumerable.Range(1, 12).Reverse().Select(i => $"{sku}-m{i:D2}"), entries.Select(e => e.MovementId));
    }

    [Fact]
    public async Task GetLedgerAsync_ForeignContinuation_ThrowsArgumentException()
    {
        var store = await GetStoreAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.GetLedgerAsync(NewSku(), 10, "not-a-token!"));
    }

    [Fact]
    public async Task GetLedgerAsync_AppliedMovement_EntryCarriesSourceReasonAndTimes()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        Time.Advance(TimeSpan.FromHours(1));
        var movement = Commit(sku, Main, 2, channel: "shopify") with { Reference = "order-77" };

        await store.ApplyAsync(movement);

        var entry = Assert.Single((await store.GetLedgerAsync(sku, 10, null)).Entries);
        Assert.Equal(movement.Id, entry.MovementId);
        Assert.Equal(MovementKind.OrderLineCommitted, entry.Kind);
        Assert.Equal(new QuantityDeltas(0, 2, 0, 0, 0), entry.Deltas);
        Assert.Equal(new MovementSource("shopify", "ext-1"), entry.Source);
        Assert.Equal("order-77", entry.Reference);
        Assert.Equal(Epoch, entry.OccurredAt);
        Assert.Equal(Time.GetUtcNow(), entry.RecordedAt);
        Assert.Equal(2, entry.OversoldUnits);
    }

    [Fact]
    public async Task ListOversellsAsync_OtherSkusAndOlderIncidents_AreFilteredOut()
    {
        var store = await GetStoreAsync();
        var sku = NewSku();
        await store.ApplyAsync(Commit(sku, Main, 1));
        Time.Advance(TimeSpan.FromDays(2));
        var since = Time.GetUtcNow();
        await store.ApplyAsync(Commit(sku, Main, 2));
        await store.ApplyAsync(Commit(NewSku(), Main, 2));

        var incidents = await store.ListOversellsAsync(new OversellQuery(since, sku));

        var incident = Assert.Single(incidents);
        Assert.Equal(2, incident.Shortfall);
    }

    /// <summary>Places a purchase order for the units and receives it: the normal way stock arrives.</summary>
    protected static async Task<ApplyOutcome> ReceiveAsync(
        IStockStore store, string sku, string location, int quantity, decimal unitCost)
    {
        ArgumentNullException.ThrowIfNull(store);
        var placed = await store.ApplyAsync(Place(sku, location, quantity));
        Assert.Equal(ApplyStatus.Applied, placed.Status);
        return await store.ApplyAsync(Receive(sku, location, quantity, unitCost));
    }

    protected static async Task<List<LedgerEntry>> ReadWholeLedgerAsync(IStockStore store, string sku, int pageSize = 100)
    {
        ArgumentNullException.ThrowIfNull(store);
        var all = new List<LedgerEntry>();
        string? continuation = null;
        do
        {
            var page = await store.GetLedgerAsync(sku, pageSize, continuation);
            Assert.True(page.Entries.Count <= pageSize);
            all.AddRange(page.Entries);
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return all;
    }

    private static async Task AssertConsistentAsync(IStockStore store, string sku)
    {
        var entries = await ReadWholeLedgerAsync(store, sku);
        var positions = await store.GetPositionsAsync(sku);
        Assert.Equal(entries.Select(e => e.MovementId).Distinct().Count(), entries.Count);

        foreach (var position in positions)
        {
            var own = entries.Where(e => e.Location == position.Key.Location).OrderBy(e => e.StockVersion).ToList();
            var q = position.Quantities;
            Assert.Equal(own.Sum(e => e.Deltas.OnHand), q.OnHand);
            Assert.Equal(own.Sum(e => e.Deltas.Committed), q.Committed);
            Assert.Equal(own.Sum(e => e.Deltas.Unavailable), q.Unavailable);
            Assert.Equal(own.Sum(e => e.Deltas.Incoming), q.Incoming);
            Assert.Equal(own.Sum(e => e.Deltas.InTransit), q.InTransit);
            Assert.True(q.OnHand >= 0 && q.Committed >= 0 && q.Incoming >= 0 && q.InTransit >= 0 && q.Unavailable >= 0);
            Assert.Equal(q.OnHand - q.Committed - q.Unavailable, q.Available);
            Assert.Equal(q.OnHand, position.CostLayers.Sum(l => l.Quantity));
            Assert.Equal(own.Sum(e => e.ValueDelta), position.InventoryValue);
            Assert.Equal(Enumerable.Range(1, own.Count).Select(v => (long)v), own.Select(e => e.StockVersion));
            Assert.Equal(own.Count, position.Version);
            Assert.Equal(q, own[^1].QuantitiesAfter);
        }
    }
}

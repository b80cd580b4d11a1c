using CsCheck;
using Inventory.Core.Stock;
using Inventory.Testing.Stock;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Core.Tests.Stock;

public sealed class StockLedgerTests
{
    private const string Sku = "MUG-01";
    private const string Here = "WH-1";
    private static readonly DateTimeOffset Now = Epoch.AddHours(1);

    [Theory]
    [InlineData(MovementKind.OrderLineCommitted, 2, 10, 5, 0, 0, 0)]
    [InlineData(MovementKind.OrderLineReleased, 2, 10, 1, 0, 0, 0)]
    [InlineData(MovementKind.OrderLineShipped, 2, 8, 1, 0, 0, 0)]
    [InlineData(MovementKind.ReturnRestocked, 2, 12, 3, 0, 0, 0)]
    [InlineData(MovementKind.ReturnToUnavailable, 2, 12, 3, 2, 0, 0)]
    [InlineData(MovementKind.Adjustment, -4, 6, 3, 0, 0, 0)]
    [InlineData(MovementKind.CycleCount, 7, 7, 3, 0, 0, 0)]
    [InlineData(MovementKind.TransferShipped, 2, 8, 3, 0, 0, 0)]
    [InlineData(MovementKind.TransferInbound, 2, 10, 3, 0, 0, 2)]
    [InlineData(MovementKind.PurchaseOrderPlaced, 6, 10, 3, 0, 6, 0)]
    public void Decide_EachKind_ChangesOnlyItsStates(
        MovementKind kind, int quantity, int onHand, int committed, int unavailable, int incoming, int inTransit)
    {
        var current = Position(new StockQuantities(10, 3, 0, 0, 0));

        var decision = StockLedger.Decide(current, Make(kind, Sku, Here, quantity, unitCost: 1m), Now);

        Assert.True(decision.IsApplied, decision.Rejection?.Message);
        Assert.Equal(new StockQuantities(onHand, committed, unavailable, incoming, inTransit), decision.After!.Quantities);
    }

    [Fact]
    public void Decide_PurchaseOrderReceived_MovesIncomingToOnHandAtItsCost()
    {
        var current = Position(new StockQuantities(0, 0, 0, 10, 0));

        var decision = StockLedger.Decide(current, Receive(Sku, Here, 4, 2.5m), Now);

        Assert.Equal(new StockQuantities(4, 0, 0, 6, 0), decision.After!.Quantities);
        Assert.Equal(10m, decision.After.InventoryValue);
        Assert.Equal(2.5m, decision.Entry!.UnitCost);
    }

    [Fact]
    public void Decide_TransferReceived_MovesInTransitToOnHand()
    {
        var current = Position(new StockQuantities(1, 0, 0, 0, 5));

        var decision = StockLedger.Decide(current, Make(MovementKind.TransferReceived, Sku, Here, 5, unitCost: 3m), Now);

        Assert.Equal(new StockQuantities(6, 0, 0, 0, 0), decision.After!.Quantities);
    }

    [Fact]
    public void Decide_ChannelHeldStockSet_ReplacesReportedStatesAndKeepsIncoming()
    {
        var current = Position(new StockQuantities(10, 3, 1, 4, 2));
        var report = Make(MovementKind.ChannelHeldStockSet, Sku, "FBA", 0) with
        {
            Location = Here,
            Reported = new ReportedQuantities(20, 5, 2, 8),
        };

        var decision = StockLedger.Decide(current, report, Now);

        Assert.Equal(new StockQuantities(20, 5, 2, 4, 8), decision.After!.Quantities);
        Assert.Equal(new QuantityDeltas(10, 2, 1, 0, 6), decision.Entry!.Deltas);
    }

    [Fact]
    public void Decide_CommitBeyondAvailable_AcceptedWithOversellOfTheShortfall()
    {
        var current = Position(new StockQuantities(5, 3, 1, 0, 0));

        var decision = StockLedger.Decide(current, Commit(Sku, Here, 4, channel: "ebay"), Now);

        Assert.True(decision.IsApplied);
        Assert.Equal(-3, decision.After!.Quantities.Available);
        Assert.Equal(3, decision.Oversell!.Shortfall);
        Assert.Equal(1, decision.Oversell.AvailableBefore);
        Assert.Equal("ebay", decision.Oversell.Channel);
        Assert.Equal(Now, decision.Oversell.RecordedAt);
    }

    [Fact]
    public void Decide_CommitWhileAlreadyOversold_CountsOnlyTheNewShortfall()
    {
        var current = Position(new StockQuantities(2, 4, 0, 0, 0));

        var decision = StockLedger.Decide(current, Commit(Sku, Here, 3), Now);

        Assert.Equal(3, decision.Oversell!.Shortfall);
        Assert.Equal(-5, decision.Oversell.AvailableAfter);
    }

    [Fact]
    public void Decide_CommitWithinAvailable_RecordsNoOversell()
    {
        var decision = StockLedger.Decide(Position(new StockQuantities(5, 0, 0, 0, 0)), Commit(Sku, Here, 5), Now);

        Assert.Null(decision.Oversell);
        Assert.Equal(0, decision.Entry!.OversoldUnits);
    }

    [Theory]
    [InlineData(MovementKind.OrderLineReleased, 4, "committed", 3)]
    [InlineData(MovementKind.OrderLineShipped, 4, "committed", 3)]
    [InlineData(MovementKind.Adjustment, -11, "onHand", 10)]
    [InlineData(MovementKind.TransferReceived, 1, "inTransit", 0)]
    [InlineData(MovementKind.PurchaseOrderReceived, 1, "incoming", 0)]
    [InlineData(MovementKind.PurchaseOrderCancelled, 1, "incoming", 0)]
    [InlineData(MovementKind.TransferShipped, 8, "available", 7)]
    public void Decide_TakingMoreThanIsThere_RefusedNamingStateCurrentAndRequested(
        MovementKind kind, int quantity, string state, int current)
    {
        var position = Position(new StockQuantities(10, 3, 0, 0, 0));

        var decision = StockLedger.Decide(position, Make(kind, Sku, Here, quantity, unitCost: 1m), Now);

        Assert.False(decision.IsApplied);
        var rejection = decision.Rejection!;
        Assert.Equal(RejectionCode.InsufficientQuantity, rejection.Code);
        Assert.Equal(state, rejection.State);
        Assert.Equal(current, rejection.Current);
        Assert.Equal(Math.Abs(quantity), rejection.Requested);
        Assert.Contains(Sku, rejection.Message, StringComparison.Ordinal);
        Assert.Contains(Here, rejection.Message, StringComparison.Ordinal);
        Assert.Null(decision.After);
    }

    [Fact]
    public void Decide_ShipmentAcrossLayers_CostsOldestFirst()
    {
        var layers = new[]
        {
            new CostLayer(2, 1.00m, Epoch, "r1"),
            new CostLayer(3, 2.00m, Epoch.AddDays(1), "r2"),
            new CostLayer(5, 4.00m, Epoch.AddDays(2), "r3"),
        };
        var current = Position(new StockQuantities(10, 6, 0, 0, 0)) with { CostLayers = layers };

        var decision = StockLedger.Decide(current, Ship(Sku, Here, 6), Now);

        Assert.Equal(2 * 1.00m + 3 * 2.00m + 1 * 4.00m, decision.Entry!.CostOfGoods);
        Assert.Equal(-12m, decision.Entry.ValueDelta);
        var remaining = Assert.Single(decision.After!.CostLayers);
        Assert.Equal(new CostLayer(4, 4.00m, Epoch.AddDays(2), "r3"), remaining);
        Assert.Equal(16m, decision.After.InventoryValue);
    }

    [Fact]
    public void Decide_FoundStockWithoutCost_ValuedAtAverageCostOfWhatIsHeld()
    {
        var layers = new[] { new CostLayer(1, 1m, Epoch, "r1"), new CostLayer(3, 3m, Epoch, "r2") };
        var current = Position(new StockQuantities(4, 0, 0, 0, 0)) with { CostLayers = layers };

        var decision = StockLedger.Decide(current, Adjust(Sku, Here, 2), Now);

        Assert.Equal(2.5m, decision.Entry!.UnitCost);
        Assert.Equal(15m, decision.After!.InventoryValue);
    }

    [Fact]
    public void Decide_RestockWhenNothingHeld_UsesLastKnownUnitCost()
    {
        var current = Position(StockQuantities.Zero) with { LastUnitCost = 7m };

        var decision = StockLedger.Decide(current, Make(MovementKind.ReturnRestocked, Sku, Here, 1), Now);

        Assert.Equal(7m, decision.After!.InventoryValue);
    }

    [Fact]
    public void Decide_ConsecutiveReceiptsAtOneCost_MergeIntoOneLayer()
    {
        var current = Position(new StockQuantities(0, 0, 0, 10, 0));
        var first = StockLedger.Decide(current, Receive(Sku, Here, 4, 2m), Now).After!;

        var second = StockLedger.Decide(first, Receive(Sku, Here, 6, 2m), Now).After!;

        Assert.Equal(10, Assert.Single(second.CostLayers).Quantity);
    }

    [Fact]
    public void Decide_AppliedMovement_EntryRecordsDeltasAfterVersionAndTimes()
    {
        var current = Position(new StockQuantities(10, 3, 0, 0, 0)) with { Version = 41 };

        var decision = StockLedger.Decide(current, Ship(Sku, Here, 2) with { Reference = "order-9" }, Now);

        var entry = decision.Entry!;
        Assert.Equal(new QuantityDeltas(-2, -2, 0, 0, 0), entry.Deltas);
        Assert.Equal(new StockQuantities(8, 1, 0, 0, 0), entry.QuantitiesAfter);
        Assert.Equal(42, entry.StockVersion);
        Assert.Equal(42, decision.After!.Version);
        Assert.Equal(Epoch, entry.OccurredAt);
        Assert.Equal(Now, entry.RecordedAt);
        Assert.Equal("order-9", entry.Reference);
    }

    [Fact]
    public void Decide_InvalidMovement_RefusedWithFieldsAndNoChange()
    {
        var decision = StockLedger.Decide(Position(StockQuantities.Zero), Commit(Sku, Here, -1), Now);

        Assert.Equal(RejectionCode.Invalid, decision.Rejection!.Code);
        Assert.Contains(decision.Rejection.Failures, f => f.Field == "quantity");
    }

    [Fact]
    public void Decide_MovementForAnotherPosition_Throws()
    {
        var current = Position(StockQuantities.Zero);

        Assert.Throws<ArgumentException>(() => StockLedger.Decide(current, Commit(Sku, "WH-2", 1), Now));
    }

    [Fact]
    public void Decide_RandomSequences_KeepsLayersEqualToOnHandAndStatesNonNegative()
    {
        StockSequenceGen.Sequences.Sample(steps =>
        {
            var position = StockPosition.Empty(new StockKey(Sku, "WH-1"));
            foreach (var step in steps)
            {
                var movement = step.ToMovement(Sku) with { Location = "WH-1" };
                var decision = StockLedger.Decide(position, movement, Now);
                if (!decision.IsApplied)
                {
                    continue;
                }

                Assert.Equal(position.Quantities.Apply(decision.Entry!.Deltas), decision.After!.Quantities);
                Assert.Equal(position.InventoryValue + decision.Entry.ValueDelta, decision.After.InventoryValue);
                position = decision.After;
                var q = position.Quantities;
                Assert.True(q is { OnHand: >= 0, Committed: >= 0, Unavailable: >= 0, Incoming: >= 0, InTransit: >= 0 });
                Assert.Equal(q.OnHand, position.CostLayers.Sum(l => l.Quantity));
            }
        });
    }

    private static StockPosition Position(StockQuantities quantities)
    {
        var key = new StockKey(Sku, Here);
        var layers = quantities.OnHand > 0 ? new[] { new CostLayer(quantities.OnHand, 1m, Epoch, "seed") } : [];
        return StockPosition.Empty(key) with { Quantities = quantities, CostLayers = layers, Version = 1 };
    }
}

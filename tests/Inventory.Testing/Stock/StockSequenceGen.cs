using CsCheck;
using Inventory.Core.Stock;

namespace Inventory.Testing.Stock;

/// <summary>Random movement sequences over two locations, for property tests of stores and rules.</summary>
public static class StockSequenceGen
{
    private static readonly MovementKind[] Kinds =
    [
        MovementKind.OrderLineCommitted, MovementKind.OrderLineReleased, MovementKind.OrderLineShipped,
        MovementKind.ReturnRestocked, MovementKind.ReturnToUnavailable, MovementKind.Adjustment,
        MovementKind.CycleCount, MovementKind.TransferShipped, MovementKind.TransferInbound,
        MovementKind.TransferReceived, MovementKind.PurchaseOrderPlaced, MovementKind.PurchaseOrderReceived,
        MovementKind.PurchaseOrderCancelled, MovementKind.ChannelHeldStockSet,
    ];

    public static readonly Gen<SequenceStep> OneStep =
        Gen.Select(
            Gen.OneOf(Kinds),
            Gen.Int[-6, 12],
            Gen.Int[0, 1],
            Gen.Int[0, 400],
            Gen.Int[0, 9],
            (kind, quantity, location, cents, reused) => new SequenceStep(kind, quantity, location, cents, reused));

    public static readonly Gen<SequenceStep[]> Sequences = OneStep.Array[1, 40];

    /// <summary>One random step. Some are invalid or refused on purpose; the store must change nothing then.</summary>
    public sealed record SequenceStep(MovementKind Kind, int Quantity, int Location, int Cents, int Reused)
    {
        private static int _counter;

        public Movement ToMovement(string sku)
        {
            // One step in ten replays an earlier-looking id, so redeliveries are part of every sequence.
            var id = Reused == 0 ? $"{sku}-replay" : $"{sku}-{Interlocked.Increment(ref _counter)}";
            var quantity = Kind == MovementKind.Adjustment && Quantity == 0 ? 1 : Quantity;
            return new Movement
            {
                Id = id,
                Kind = Kind,
                Sku = sku,
                Location = Location == 0 ? "WH-1" : "FBA",
                Quantity = Kind == MovementKind.ChannelHeldStockSet ? 0 : quantity,
                UnitCost = Cents % 3 == 0 && Kind != MovementKind.PurchaseOrderReceived ? null : Cents / 100m,
                Reason = "property",
                Source = new MovementSource("test", id),
                OccurredAt = MovementFactory.Epoch,
                Reported = Kind == MovementKind.ChannelHeldStockSet
                    ? new ReportedQuantities(Math.Abs(quantity), Cents % 4, Cents % 2, Math.Abs(quantity) / 2)
                    : null,
            };
        }
    }
}

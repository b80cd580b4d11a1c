namespace Inventory.Core.Stock;

/// <summary>
/// The stock rules: what each movement does to a position. Pure and deterministic; the stores call it inside their
/// compare-and-swap so a movement's effect is decided against exactly the version it is written over.
/// </summary>
public static class StockLedger
{
    /// <summary>Decides the effect of <paramref name="movement"/> on <paramref name="current"/>.</summary>
    /// <param name="current">The position the movement applies to (its version is the one written over).</param>
    /// <param name="movement">The movement; validated here, so callers need not.</param>
    /// <param name="recordedAt">The store's clock reading for the ledger entry.</param>
    public static MovementDecision Decide(StockPosition current, Movement movement, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(movement);

        var failures = MovementValidator.Validate(movement);
        if (failures.Count > 0)
        {
            return MovementDecision.Refused(Invalid(movement, failures));
        }

        if (current.Key != movement.Key)
        {
            throw new ArgumentException(
                $"Movement {movement.Id} is for {movement.Key} but the position given is {current.Key}.",
                nameof(current));
        }

        var q = current.Quantities;
        var n = movement.Quantity;
        var deltas = movement.Kind switch
        {
            MovementKind.OrderLineCommitted => new QuantityDeltas(0, n, 0, 0, 0),
            MovementKind.OrderLineReleased => new QuantityDeltas(0, -n, 0, 0, 0),
            MovementKind.OrderLineShipped => new QuantityDeltas(-n, -n, 0, 0, 0),
            MovementKind.ReturnRestocked => new QuantityDeltas(n, 0, 0, 0, 0),
            MovementKind.ReturnToUnavailable => new QuantityDeltas(n, 0, n, 0, 0),
            MovementKind.Adjustment => new QuantityDeltas(n, 0, 0, 0, 0),
            MovementKind.CycleCount => new QuantityDeltas(n - q.OnHand, 0, 0, 0, 0),
            MovementKind.TransferShipped => new QuantityDeltas(-n, 0, 0, 0, 0),
            MovementKind.TransferInbound => new QuantityDeltas(0, 0, 0, 0, n),
            MovementKind.TransferReceived => new QuantityDeltas(n, 0, 0, 0, -n),
            MovementKind.PurchaseOrderPlaced => new QuantityDeltas(0, 0, 0, n, 0),
            MovementKind.PurchaseOrderReceived => new QuantityDeltas(n, 0, 0, -n, 0),
            MovementKind.PurchaseOrderCancelled => new QuantityDeltas(0, 0, 0, -n, 0),
            MovementKind.ChannelHeldStockSet => q.DeltasTo(FromReport(q, movement.Reported!)),
            _ => throw new InvalidOperationException($"Movement kind {movement.Kind} has no rule."),
        };

        var after = q.Apply(deltas);
        var shortage = FindShortage(movement, q, after);
        if (shortage is not null)
        {
            return MovementDecision.Refused(shortage);
        }

        return Accept(current, movement, deltas, after, recordedAt);
    }

    private static StockQuantities FromReport(StockQuantities current, ReportedQuantities reported) =>
        new(reported.OnHand, reported.Committed, reported.Unavailable, current.Incoming, reported.InTransit);

    private static MovementRejection? FindShortage(Movement movement, StockQuantities before, StockQuantities after)
    {
        (string State, int Before, int After)[] guarded =
        [
            ("onHand", before.OnHand, after.OnHand),
            ("committed", before.Committed, after.Committed),
            ("incoming", before.Incoming, after.Incoming),
            ("inTransit", before.InTransit, after.InTransit),
            ("unavailable", before.Unavailable, after.Unavailable),
        ];
        foreach (var (state, current, next) in guarded)
        {
            if (next < 0)
            {
                return Insufficient(movement, state, current, current - next);
            }
        }

        // A transfer is the warehouse's own choice, unlike a sale already made: it may only move free stock.
        if (movement.Kind == MovementKind.TransferShipped && before.Available < movement.Quantity)
        {
            return Insufficient(movement, "available", before.Available, movement.Quantity);
        }

        return null;
    }

    private static MovementDecision Accept(
        StockPosition current,
        Movement movement,
        QuantityDeltas deltas,
        StockQuantities after,
        DateTimeOffset recordedAt)
    {
        var layers = current.CostLayers;
        var lastUnitCost = current.LastUnitCost;
        decimal? addedUnitCost = null;
        decimal? costOfGoods = null;
        var valueDelta = 0m;

        if (deltas.OnHand > 0)
        {
            var unitCost = movement.UnitCost ?? FifoCostLayers.CurrentUnitCost(layers, lastUnitCost);
            layers = FifoCostLayers.Add(layers, deltas.OnHand, unitCost, movement.OccurredAt, movement.Id);
            addedUnitCost = unitCost;
            valueDelta = deltas.OnHand * unitCost;
            if (movement.UnitCost is not null)
            {
                lastUnitCost = unitCost;
            }
        }
        else if (deltas.OnHand < 0)
        {
            var (remaining, cost) = FifoCostLayers.Remove(layers, -deltas.OnHand);
            layers = remaining;
            valueDelta = -cost;
            if (movement.Kind == MovementKind.OrderLineShipped)
            {
                costOfGoods = cost;
            }
        }

        var version = current.Version + 1;
        var oversold = Math.Max(0, -after.Available) - Math.Max(0, -current.Quantities.Available);
        var entry = new LedgerEntry
        {
            MovementId = movement.Id,
            Kind = movement.Kind,
            Sku = movement.Sku,
            Location = movement.Location,
            Deltas = deltas,
            QuantitiesAfter = after,
            StockVersion = version,
            Quantity = movement.Quantity,
            Reason = movement.Reason,
            Reference = movement.Reference,
            Source = movement.Source,
            OccurredAt = movement.OccurredAt,
            RecordedAt = recordedAt,
            CostOfGoods = costOfGoods,
            UnitCost = addedUnitCost,
            ValueDelta = valueDelta,
            OversoldUnits = Math.Max(0, oversold),
            Fingerprint = MovementFingerprint.Of(movement),
        };

        var oversell = oversold > 0
            ? new OversellIncident(
                movement.Id,
                movement.Sku,
                movement.Location,
                movement.Source?.Channel,
                oversold,
                current.Quantities.Available,
                after.Available,
                movement.Kind,
                movement.OccurredAt,
                recordedAt)
            : null;

        var position = new StockPosition(current.Key, after, layers, version, lastUnitCost, recordedAt);
        return MovementDecision.Applied(position, entry, oversell);
    }

    private static MovementRejection Invalid(Movement movement, IReadOnlyList<ValidationFailure> failures)
    {
        var what = string.Join(" ", failures.Select(f => f.Message));
        return new MovementRejection(
            RejectionCode.Invalid,
            $"Movement '{movement.Id}' for SKU '{movement.Sku}' at '{movement.Location}' is invalid: {what}",
            failures);
    }

    private static MovementRejection Insufficient(Movement movement, string state, int current, int requested) =>
        new(
            RejectionCode.InsufficientQuantity,
            $"{movement.Kind} '{movement.Id}' needs {requested} {state} for SKU '{movement.Sku}' at "
            + $"'{movement.Location}', but only {current} is there; nothing was changed. Check the earlier movements "
            + "for this SKU, or record a count first.",
            [],
            state,
            current,
            requested);

    /// <summary>The refusal for a movement id that was used before by a movement with different content.</summary>
    public static MovementRejection IdReused(Movement movement, LedgerEntry existing)
    {
        ArgumentNullException.ThrowIfNull(movement);
        ArgumentNullException.ThrowIfNull(existing);
        return new MovementRejection(
            RejectionCode.IdReused,
            $"Movement id '{movement.Id}' was already used for a {existing.Kind} of {existing.Quantity} on SKU "
            + $"'{existing.Sku}' at '{existing.Location}'; this {movement.Kind} of {movement.Quantity} was refused. "
            + "Give each distinct movement its own id.",
            [new ValidationFailure("id", "The movement id is already used by a different movement.")]);
    }
}

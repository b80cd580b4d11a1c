using Inventory.Core.Documents;
using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;

namespace Inventory.Core.Operations;

/// <summary>
/// The warehouse's own operations: adjustments, counts, transfers and purchase orders. Each is applied to the stock
/// store synchronously so the caller sees the result. Movement ids derive from the operation id (the request's
/// Idempotency-Key when it has one), so a replayed request applies nothing twice.
/// </summary>
public sealed partial class StockOperations(
    IStockStore store,
    IDocumentStore documents,
    ISyncRequester sync,
    TimeProvider time,
    ILogger<StockOperations> logger)
{
    private const string Operations = "operations";

    /// <summary>Changes on hand by a signed delta.</summary>
    public async Task<OperationOutcome> AdjustAsync(
        AdjustmentRequest request, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = Required(("sku", request.Sku), ("location", request.Location));
        Require(failures, "delta", request.Delta);
        if (failures.Count > 0)
        {
            return OperationOutcome.Invalid([.. failures]);
        }

        var movement = Movement($"ops:adjust:{operationId}", MovementKind.Adjustment, request.Sku!, request.Location!,
            request.Delta!.Value) with { Reason = request.Reason, UnitCost = request.UnitCost };
        return await ApplyAllAsync([movement], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets on hand to the counted quantity.</summary>
    public async Task<OperationOutcome> CountAsync(
        CountRequest request, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = Required(("sku", request.Sku), ("location", request.Location));
        Require(failures, "countedQuantity", request.CountedQuantity);
        if (failures.Count > 0)
        {
            return OperationOutcome.Invalid([.. failures]);
        }

        var movement = Movement($"ops:count:{operationId}", MovementKind.CycleCount, request.Sku!, request.Location!,
            request.CountedQuantity!.Value) with { Reason = request.Reason ?? "cycle count" };
        return await ApplyAllAsync([movement], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ships a transfer: on hand leaves the source, in transit grows at the destination.</summary>
    public async Task<OperationOutcome> ShipTransferAsync(
        TransferRequest request, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = Required(("sku", request.Sku), ("fromLocation", request.FromLocation),
            ("toLocation", request.ToLocation));
        Require(failures, "quantity", request.Quantity);
        OperationIds.Check(failures, "id", request.Id);
        if (request.FromLocation is not null && request.FromLocation == request.ToLocation)
        {
            failures.Add(new("toLocation", "A transfer must go to another location than it comes from."));
        }

        if (failures.Count > 0)
        {
            return OperationOutcome.Invalid([.. failures]);
        }

        var id = request.Id ?? operationId;
        var ship = Movement($"transfer:{id}:ship", MovementKind.TransferShipped, request.Sku!, request.FromLocation!,
            request.Quantity!.Value) with { Reference = id };
        var inbound = Movement($"transfer:{id}:inbound", MovementKind.TransferInbound, request.Sku!,
            request.ToLocation!, request.Quantity.Value) with { Reference = id };

        var shipped = await ApplyAllAsync([ship], cancellationToken).ConfigureAwait(false);
        if (!shipped.Succeeded)
        {
            return shipped;
        }

        var arriving = await ApplyAllAsync([inbound], cancellationToken).ConfigureAwait(false);
        var entry = shipped.Movements[0].Entry!;
        var unitCost = entry.Quantity > 0 ? decimal.Round(-entry.ValueDelta / entry.Quantity, 4) : 0m;
        var transfer = new Transfer(id, request.Sku!, request.FromLocation!, request.ToLocation!,
            request.Quantity.Value, unitCost, entry.RecordedAt, 0, []);
        if (await documents.TryCreateAsync(DocumentCollections.Transfers, id, transfer, cancellationToken)
                .ConfigureAwait(false) is null)
        {
            transfer = (await documents.GetAsync<Transfer>(DocumentCollections.Transfers, id, cancellationToken)
                .ConfigureAwait(false))!.Value;
        }

        return arriving with { Movements = [.. shipped.Movements, .. arriving.Movements], Document = transfer };
    }

    /// <summary>Receives (part of) a transfer at its destination, at the cost it left the source with.</summary>
    public async Task<OperationOutcome> ReceiveTransferAsync(
        string transferId, TransferReceiptRequest request, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = new List<ValidationFailure>();
        OperationIds.Check(failures, "receiptId", request.ReceiptId);
        if (failures.Count > 0)
        {
            return OperationOutcome.Invalid([.. failures]);
        }

        var stored = await documents.GetAsync<Transfer>(DocumentCollections.Transfers, transferId, cancellationToken)
            .ConfigureAwait(false);
        if (stored is null)
        {
            return new OperationOutcome { NotFound = true };
        }

        var receiptId = request.ReceiptId ?? operationId;
        var transfer = stored.Value;
        var quantity = request.Quantity ?? transfer.Remaining;
        if (!transfer.Receipts.Contains(receiptId) && (quantity <= 0 || quantity > transfer.Remaining))
        {
            return OperationOutcome.Invalid(new ValidationFailure("quantity",
                $"Transfer '{transferId}' has {transfer.Remaining} units in transit; receive between 1 and that."));
        }

        var movement = Movement($"transfer:{transferId}:receipt:{receiptId}", MovementKind.TransferReceived,
            transfer.Sku, transfer.ToLocation, quantity) with { UnitCost = transfer.UnitCost, Reference = transferId };
        var applied = await ApplyAllAsync([movement], cancellationToken).ConfigureAwait(false);
        if (!applied.Succeeded)
        {
            return applied;
        }

        var updated = await UpdateAsync<Transfer>(DocumentCollections.Transfers, transferId,
            t => t.Receipts.Contains(receiptId)
                ? t
                : t with { Received = t.Received + quantity, Receipts = [.. t.Receipts, receiptId] },
            cancellationToken).ConfigureAwait(false);
        return applied with { Document = updated };
    }

    /// <summary>Places a purchase order: incoming grows for every line.</summary>
    public async Task<OperationOutcome> PlacePurchaseOrderAsync(
        PurchaseOrderRequest request, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = new List<ValidationFailure>();
        OperationIds.Check(failures, "id", request.Id);
        if (request.Lines is not { Count: > 0 })
        {
            failures.Add(new("lines", "A purchase order needs at least one line."));
        }

        for (var i = 0; i < (request.Lines?.Count ?? 0); i++)
        {
            var line = request.Lines![i];
            var at = $"lines[{i}]";
            failures.AddRange(Required(($"{at}.sku", line?.Sku), ($"{at}.location", line?.Location)));
            Require(failures, $"{at}.quantity", line?.Quantity);
            if (line?.UnitCost is null)
            {
                failures.Add(new($"{at}.unitCost", "Each line needs the unit cost it is bought at."));
            }
        }

        if (failures.Count > 0)
        {
            return OperationOutcome.Invalid([.. failures]);
        }

        var id = request.Id ?? operationId;
        var lines = request.Lines!.Select((l, i) =>
            new PurchaseOrderLine(i + 1, l.Sku!, l.Location!, l.Quantity!.Value, l.UnitCost!.Value, l.Eta, 0)).ToList();
        var order = new PurchaseOrder(id, request.Supplier, time.GetUtcNow(), lines, []);
        var movements = lines.Select(l => Movement($"po:{id}:line:{l.Line}:placed", MovementKind.PurchaseOrderPlaced,
            l.Sku, l.Location, l.Quantity) with { UnitCost = l.UnitCost, Reference = id }).ToList();

        // Validate every line before the first is applied, so a bad line cannot leave the order half placed.
        var invalid = movements.SelectMany(MovementValidator.Validate).ToArray();
        if (invalid.Length > 0)
        {
            return OperationOutcome.Invalid(invalid);
        }

        if (await documents.TryCreateAsync(DocumentCollections.PurchaseOrders, id, order, cancellationToken)
                .ConfigureAwait(false) is null)
        {
            var existing = (await documents.GetAsync<PurchaseOrder>(DocumentCollections.PurchaseOrders, id,
                cancellationToken).ConfigureAwait(false))!.Value;
            if (!SameLines(existing, order))
            {
                return OperationOutcome.Invalid(new ValidationFailure("id",
                    $"Purchase order '{id}' exists with other lines; choose another id."));
            }

            order = existing;
        }

        var applied = await ApplyAllAsync(movements, cancellationToken).ConfigureAwait(false);
        return applied with { Document = order };
    }

    /// <summary>Receives some or all lines of a purchase order: incoming moves to on hand at the line's cost.</summary>
    public async Task<OperationOutcome> ReceivePurchaseOrderAsync(
        string orderId, PurchaseOrderReceiptRequest request, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = new List<ValidationFailure>();
        OperationIds.Check(failures, "receiptId", request.ReceiptId);
        if (request.Lines is not { Count: > 0 })
        {
            failures.Add(new("lines", "A receipt needs at least one line with a quantity."));
        }

        if (failures.Count > 0)
        {
            return OperationOutcome.Invalid([.. failures]);
        }

        var stored = await documents.GetAsync<PurchaseOrder>(DocumentCollections.PurchaseOrders, orderId,
            cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return new OperationOutcome { NotFound = true };
        }

        var order = stored.Value;
        var receiptId = request.ReceiptId ?? operationId;
        var replay = order.Receipts.Contains(receiptId);
        var received = new List<(PurchaseOrderLine Line, int Quantity)>();
        for (var i = 0; i < request.Lines!.Count; i++)
        {
            var wanted = request.Lines[i];
            var line = order.Lines.FirstOrDefault(l => l.Line == wanted?.Line);
            if (line is null)
            {
                failures.Add(new($"lines[{i}].line", $"Purchase order '{orderId}' has no line {wanted?.Line}."));
            }
            else if (wanted!.Quantity is not { } quantity || quantity <= 0 || (!replay && quantity > line.Remaining))
            {
                failures.Add(new($"lines[{i}].quantity",
                    $"Line {line.Line} ({line.Sku}) expects {line.Remaining} more units; receive between 1 and that."));
            }
            else
            {
                received.Add((line, quantity));
            }
        }

        if (failures.Count > 0)
        {
            return OperationOutcome.Invalid([.. failures]);
        }

        var movements = received.Select(r => Movement($"po:{orderId}:receipt:{receiptId}:line:{r.Line.Line}",
            MovementKind.PurchaseOrderReceived, r.Line.Sku, r.Line.Location, r.Quantity)
            with { UnitCost = r.Line.UnitCost, Reference = orderId }).ToList();
        var applied = await ApplyAllAsync(movements, cancellationToken).ConfigureAwait(false);
        if (!applied.Succeeded)
        {
            return applied;
        }

        var updated = await UpdateAsync<PurchaseOrder>(DocumentCollections.PurchaseOrders, orderId,
            o => o.Receipts.Contains(receiptId)
                ? o
                : o with
                {
                    Lines = [.. o.Lines.Select(l => l with
                    {
                        Received = l.Received + received.Where(r => r.Line.Line == l.Line).Sum(r => r.Quantity),
                    })],
                    Receipts = [.. o.Receipts, receiptId],
                },
            cancellationToken).ConfigureAwait(false);
        return applied with { Document = updated };
    }

    private async Task<OperationOutcome> ApplyAllAsync(
        List<Movement> movements, CancellationToken cancellationToken)
    {
        var outcomes = new List<ApplyOutcome>(movements.Count);
        foreach (var movement in movements)
        {
            var outcome = await store.ApplyAsync(movement, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            if (outcome.Status == ApplyStatus.Rejected)
            {
                return new OperationOutcome { Movements = outcomes, Rejection = outcome.Rejection };
            }

            if (outcome.Status == ApplyStatus.Applied)
            {
                LogApplied(logger, movement.Kind, movement.Id, movement.Sku, movement.Location,
                    outcome.Quantities.OnHand, outcome.Quantities.Available, outcome.Version);
                await sync.RequestSyncAsync(
                    new SyncRequest(movement.Sku, outcome.Version, time.GetUtcNow()), cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        return new OperationOutcome { Movements = outcomes };
    }

    private async Task<T> UpdateAsync<T>(
        string collection, string id, Func<T, T> change, CancellationToken cancellationToken)
    {
        // Two receipts of one document at once: re-read and re-apply the change until one replace wins.
        for (var attempt = 0; ; attempt++)
        {
            var stored = (await documents.GetAsync<T>(collection, id, cancellationToken).ConfigureAwait(false))!;
            var next = change(stored.Value);
            if (ReferenceEquals(next, stored.Value) || await documents.TryReplaceAsync(
                    collection, id, next, stored.ETag, cancellationToken).ConfigureAwait(false) is not null)
            {
                return next;
            }

            if (attempt >= 20)
            {
                throw new StockConcurrencyException(
                    $"The {collection} document '{id}' kept changing during an update; try the request again.");
            }
        }
    }

    private Movement Movement(string id, MovementKind kind, string sku, string location, int quantity) => new()
    {
        Id = id,
        Kind = kind,
        Sku = sku,
        Location = location,
        Quantity = quantity,
        Source = new MovementSource(Operations, id),
        OccurredAt = time.GetUtcNow(),
    };

    private static bool SameLines(PurchaseOrder a, PurchaseOrder b) =>
        a.Lines.Select(l => (l.Sku, l.Location, l.Quantity, l.UnitCost))
            .SequenceEqual(b.Lines.Select(l => (l.Sku, l.Location, l.Quantity, l.UnitCost)));

    private static List<ValidationFailure> Required(params (string Field, string? Value)[] fields) =>
        fields.Where(f => string.IsNullOrWhiteSpace(f.Value))
            .Select(f => new ValidationFailure(f.Field, $"The {f.Field} is required."))
            .ToList();

    private static void Require(List<ValidationFailure> failures, string field, int? value)
    {
        if (value is null)
        {
            failures.Add(new(field, $"The {field} is required."));
        }
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
        Message = "Applied {Kind} {MovementId} to SKU {Sku} at {Location}: on hand {OnHand}, available {Available}, "
            + "version {Version}")]
    private static partial void LogApplied(ILogger logger, MovementKind kind, string movementId, string sku,
        string location, int onHand, int available, long version);
}

using System.Globalization;
using Inventory.Core.Stock;

namespace Inventory.Azure.Stock;

/// <summary>Maps between the domain's stock types and their stored documents.</summary>
internal static class StockDocumentMapper
{
    public static StockPosition ToPosition(StockDocument document) => new(
        new StockKey(document.Sku, document.Location),
        ToQuantities(document.Quantities),
        [.. document.CostLayers.Select(l => new CostLayer(l.Quantity, l.UnitCost, l.ReceivedAt, l.MovementId))],
        document.Version,
        document.LastUnitCost,
        document.UpdatedAt);

    /// <summary>The document after <paramref name="entry"/>: the new position, both windows moved on.</summary>
    public static StockDocument ToStockDocument(
        StockDocument? previous, StockPosition after, LedgerDocument entry, int appliedIdWindow, int recentWindow) =>
        new()
        {
            Id = after.Key.DocumentId,
            Sku = after.Key.Sku,
            Location = after.Key.Location,
            Quantities = ToDocument(after.Quantities),
            CostLayers =
            [
                .. after.CostLayers.Select(l =>
                    new CostLayerDocument(l.Quantity, l.UnitCost, l.ReceivedAt, l.MovementId)),
            ],
            Version = after.Version,
            LastUnitCost = after.LastUnitCost,
            UpdatedAt = after.UpdatedAt,
            AppliedMovementIds = Window(previous?.AppliedMovementIds ?? [], entry.Id, appliedIdWindow),
            RecentEntries = Window(previous?.RecentEntries ?? [], entry, recentWindow),
        };

    public static LedgerDocument ToDocument(LedgerEntry entry, OversellIncident? oversell) => new()
    {
        Id = entry.MovementId,
        Sku = entry.Sku,
        Location = entry.Location,
        Seq = LedgerSeq(entry.RecordedAt, entry.Location, entry.StockVersion),
        Kind = entry.Kind,
        Deltas = new(entry.Deltas.OnHand, entry.Deltas.Committed, entry.Deltas.Unavailable, entry.Deltas.Incoming,
            entry.Deltas.InTransit),
        QuantitiesAfter = ToDocument(entry.QuantitiesAfter),
        StockVersion = entry.StockVersion,
        Quantity = entry.Quantity,
        Reason = entry.Reason,
        Reference = entry.Reference,
        Source = entry.Source is { } source ? new(source.Channel, source.ExternalId) : null,
        OccurredAt = entry.OccurredAt,
        RecordedAt = entry.RecordedAt,
        CostOfGoods = entry.CostOfGoods,
        UnitCost = entry.UnitCost,
        ValueDelta = entry.ValueDelta,
        OversoldUnits = entry.OversoldUnits,
        Fingerprint = entry.Fingerprint,
        Oversell = oversell is null ? null : ToDocument(oversell),
    };

    public static LedgerEntry ToEntry(LedgerDocument document) => new()
    {
        MovementId = document.Id,
        Kind = document.Kind,
        Sku = document.Sku,
        Location = document.Location,
        Deltas = new(document.Deltas.OnHand, document.Deltas.Committed, document.Deltas.Unavailable,
            document.Deltas.Incoming, document.Deltas.InTransit),
        QuantitiesAfter = ToQuantities(document.QuantitiesAfter),
        StockVersion = document.StockVersion,
        Quantity = document.Quantity,
        Reason = document.Reason,
        Reference = document.Reference,
        Source = document.Source is { } source ? new(source.Channel, source.ExternalId) : null,
        OccurredAt = document.OccurredAt,
        RecordedAt = document.RecordedAt,
        CostOfGoods = document.CostOfGoods,
        UnitCost = document.UnitCost,
        ValueDelta = document.ValueDelta,
        OversoldUnits = document.OversoldUnits,
        Fingerprint = document.Fingerprint,
    };

    public static OversellDocument ToDocument(OversellIncident incident) => new()
    {
        Id = incident.MovementId,
        Period = Period(incident.RecordedAt),
        Seq = OversellSeq(incident.RecordedAt, incident.MovementId),
        Sku = incident.Sku,
        Location = incident.Location,
        Channel = incident.Channel,
        Shortfall = incident.Shortfall,
        AvailableBefore = incident.AvailableBefore,
        AvailableAfter = incident.AvailableAfter,
        Kind = incident.Kind,
        OccurredAt = incident.OccurredAt,
        RecordedAt = incident.RecordedAt,
    };

    public static OversellIncident ToIncident(OversellDocument document) => new(
        document.Id,
        document.Sku,
        document.Location,
        document.Channel,
        document.Shortfall,
        document.AvailableBefore,
        document.AvailableAfter,
        document.Kind,
        document.OccurredAt,
        document.RecordedAt);

    /// <summary>The oversell partition of an instant: its UTC year and month.</summary>
    public static string Period(DateTimeOffset recordedAt) =>
        recordedAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Orders a SKU's ledger: by time recorded, then location, then version (each fixed width).</summary>
    public static string LedgerSeq(DateTimeOffset recordedAt, string location, long version) =>
        string.Create(CultureInfo.InvariantCulture, $"{recordedAt.UtcTicks:D19}|{location}|{version:D19}");

    /// <summary>The lowest oversell sort key at or after <paramref name="since"/>.</summary>
    public static string OversellSeq(DateTimeOffset since) =>
        since.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    private static string OversellSeq(DateTimeOffset recordedAt, string movementId) =>
        string.Create(CultureInfo.InvariantCulture, $"{recordedAt.UtcTicks:D19}|{movementId}");

    private static StockQuantities ToQuantities(QuantityStatesDocument q) =>
        new(q.OnHand, q.Committed, q.Unavailable, q.Incoming, q.InTransit);

    private static QuantityStatesDocument ToDocument(StockQuantities q) =>
        new(q.OnHand, q.Committed, q.Unavailable, q.Incoming, q.InTransit);

    private static List<T> Window<T>(IReadOnlyList<T> items, T added, int size)
    {
        var skip = Math.Max(0, items.Count + 1 - size);
        var result = new List<T>(Math.Min(items.Count + 1, size));
        result.AddRange(items.Skip(skip));
        result.Add(added);
        return result;
    }
}

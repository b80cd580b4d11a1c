using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Inventory.Core.Messaging;
using Inventory.Core.Stock;

namespace Inventory.Core.Serialization;

/// <summary>
/// Writes the JSON stored once per movement, the queue envelope and the ledger entry, with the text
/// <see cref="InventoryJson.Options"/> gives, property for property and byte for byte; read it back with those
/// options. System.Text.Json's generated fast serializer is not used by options that carry converters, and the
/// shared options carry the camelCase enum converter, so these two types are written here by hand instead: in about
/// half the time. A property added to <see cref="MovementEnvelope"/>, <see cref="Movement"/> or
/// <see cref="LedgerEntry"/> must be added here too; the tests compare the two writers on every property.
/// </summary>
public static class HotPathJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The encoder of InventoryJson.Options: quotes and accents stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Indexed by value: MovementKind runs from 0 without gaps (the tests write every kind both ways).
    private static readonly JsonEncodedText[] KindNames = Enum.GetValues<MovementKind>()
        .Select(kind => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString())))
        .ToArray();

    private static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText MovementName = JsonEncodedText.Encode("movement");
    private static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText Topic = JsonEncodedText.Encode("topic");
    private static readonly JsonEncodedText ReceivedAt = JsonEncodedText.Encode("receivedAt");
    private static readonly JsonEncodedText MessageId = JsonEncodedText.Encode("messageId");
    private static readonly JsonEncodedText SessionId = JsonEncodedText.Encode("sessionId");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText MovementId = JsonEncodedText.Encode("movementId");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Sku = JsonEncodedText.Encode("sku");
    private static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText Quantity = JsonEncodedText.Encode("quantity");
    private static readonly JsonEncodedText UnitCost = JsonEncodedText.Encode("unitCost");
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText Reference = JsonEncodedText.Encode("reference");
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText ExternalId = JsonEncodedText.Encode("externalId");
    private static readonly JsonEncodedText OccurredAt = JsonEncodedText.Encode("occurredAt");
    private static readonly JsonEncodedText Reported = JsonEncodedText.Encode("reported");
    private static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");
    private static readonly JsonEncodedText DocumentId = JsonEncodedText.Encode("documentId");
    private static readonly JsonEncodedText Deltas = JsonEncodedText.Encode("deltas");
    private static readonly JsonEncodedText QuantitiesAfter = JsonEncodedText.Encode("quantitiesAfter");
    private static readonly JsonEncodedText StockVersion = JsonEncodedText.Encode("stockVersion");
    private static readonly JsonEncodedText RecordedAt = JsonEncodedText.Encode("recordedAt");
    private static readonly JsonEncodedText CostOfGoods = JsonEncodedText.Encode("costOfGoods");
    private static readonly JsonEncodedText ValueDelta = JsonEncodedText.Encode("valueDelta");
    private static readonly JsonEncodedText OversoldUnits = JsonEncodedText.Encode("oversoldUnits");
    private static readonly JsonEncodedText Fingerprint = JsonEncodedText.Encode("fingerprint");
    private static readonly JsonEncodedText OnHand = JsonEncodedText.Encode("onHand");
    private static readonly JsonEncodedText Committed = JsonEncodedText.Encode("committed");
    private static readonly JsonEncodedText Unavailable = JsonEncodedText.Encode("unavailable");
    private static readonly JsonEncodedText Incoming = JsonEncodedText.Encode("incoming");
    private static readonly JsonEncodedText InTransit = JsonEncodedText.Encode("inTransit");
    private static readonly JsonEncodedText Available = JsonEncodedText.Encode("available");
    private static readonly JsonEncodedText InventoryPosition = JsonEncodedText.Encode("inventoryPosition");

    // One buffer and writer per thread, reused: a fresh pair per value would cost about as much as the value.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The envelope as a message body (UTF-8 JSON).</summary>
    public static byte[] ToUtf8Bytes(MovementEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (!IsNamed(envelope.Movement.Kind))
        {
            // The shared options refuse a kind without a name; let them say so in their words.
            return JsonSerializer.SerializeToUtf8Bytes(envelope, InventoryJson.Options);
        }

        var writer = Writer(out var buffer);
        Write(writer, envelope);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The ledger entry as JSON text.</summary>
    public static string ToJson(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!IsNamed(entry.Kind))
        {
            return JsonSerializer.Serialize(entry, InventoryJson.Options);
        }

        var writer = Writer(out var buffer);
        Write(writer, entry);
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool IsNamed(MovementKind kind) => (uint)kind < (uint)KindNames.Length;

    private static Utf8JsonWriter Writer(out ArrayBufferWriter<byte> buffer)
    {
        buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        return writer;
    }

    private static void Write(Utf8JsonWriter writer, MovementEnvelope envelope)
    {
        writer.WriteStartObject();
        writer.WriteNumber(SchemaVersion, envelope.SchemaVersion);
        writer.WritePropertyName(MovementName);
        Write(writer, envelope.Movement);
        String(writer, Channel, envelope.Channel);
        String(writer, Topic, envelope.Topic);
        writer.WriteString(ReceivedAt, envelope.ReceivedAt);
        String(writer, MessageId, envelope.MessageId);
        String(writer, SessionId, envelope.SessionId);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Movement movement)
    {
        writer.WriteStartObject();
        String(writer, Id, movement.Id);
        writer.WriteString(Kind, KindNames[(int)movement.Kind]);
        String(writer, Sku, movement.Sku);
        String(writer, Location, movement.Location);
        writer.WriteNumber(Quantity, movement.Quantity);
        Number(writer, UnitCost, movement.UnitCost);
        String(writer, Reason, movement.Reason);
        String(writer, Reference, movement.Reference);
        Write(writer, movement.Source);
        writer.WriteString(OccurredAt, movement.OccurredAt);
        if (movement.Reported is { } reported)
        {
            writer.WriteStartObject(Reported);
            writer.WriteNumber(OnHand, reported.OnHand);
            writer.WriteNumber(Committed, reported.Committed);
            writer.WriteNumber(Unavailable, reported.Unavailable);
            writer.WriteNumber(InTransit, reported.InTransit);
            writer.WriteEndObject();
        }

        var key = movement.Key;
        writer.WriteStartObject(Key);
        String(writer, Sku, key.Sku);
        String(writer, Location, key.Location);
        String(writer, DocumentId, key.DocumentId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, LedgerEntry entry)
    {
        writer.WriteStartObject();
        String(writer, MovementId, entry.MovementId);
        writer.WriteString(Kind, KindNames[(int)entry.Kind]);
        String(writer, Sku, entry.Sku);
        String(writer, Location, entry.Location);
        var deltas = entry.Deltas;
        writer.WriteStartObject(Deltas);
        writer.WriteNumber(OnHand, deltas.OnHand);
        writer.WriteNumber(Committed, deltas.Committed);
        writer.WriteNumber(Unavailable, deltas.Unavailable);
        writer.WriteNumber(Incoming, deltas.Incoming);
        writer.WriteNumber(InTransit, deltas.InTransit);
        writer.WriteEndObject();
        var after = entry.QuantitiesAfter;
        writer.WriteStartObject(QuantitiesAfter);
        writer.WriteNumber(OnHand, after.OnHand);
        writer.WriteNumber(Committed, after.Committed);
        writer.WriteNumber(Unavailable, after.Unavailable);
        writer.WriteNumber(Incoming, after.Incoming);
        writer.WriteNumber(InTransit, after.InTransit);
        writer.WriteNumber(Available, after.Available);
        writer.WriteNumber(InventoryPosition, after.InventoryPosition);
        writer.WriteEndObject();
        writer.WriteNumber(StockVersion, entry.StockVersion);
        writer.WriteNumber(Quantity, entry.Quantity);
        String(writer, Reason, entry.Reason);
        String(writer, Reference, entry.Reference);
        Write(writer, entry.Source);
        writer.WriteString(OccurredAt, entry.OccurredAt);
        writer.WriteString(RecordedAt, entry.RecordedAt);
        Number(writer, CostOfGoods, entry.CostOfGoods);
        Number(writer, UnitCost, entry.UnitCost);
        writer.WriteNumber(ValueDelta, entry.ValueDelta);
        writer.WriteNumber(OversoldUnits, entry.OversoldUnits);
        String(writer, Fingerprint, entry.Fingerprint);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, MovementSource? source)
    {
        if (source is null)
        {
            return;
        }

        writer.WriteStartObject(Source);
        String(writer, Channel, source.Channel);
        String(writer, ExternalId, source.ExternalId);
        writer.WriteEndObject();
    }

    // The shared options leave out null values (JsonIgnoreCondition.WhenWritingNull), whatever the declared type.
    private static void String(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}

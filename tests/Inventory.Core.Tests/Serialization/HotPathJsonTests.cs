using System.Reflection;
using System.Text;
using System.Text.Json;
using Inventory.Core.Messaging;
using Inventory.Core.Serialization;
using Inventory.Core.Stock;

namespace Inventory.Core.Tests.Serialization;

public sealed class HotPathJsonTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 18, 20, 0, 123, TimeSpan.FromHours(1));

    // Quotes, a backslash, HTML-sensitive characters, accents, a non-Latin script, an emoji and a control character:
    // everything the shared options' relaxed encoder treats differently from the default one.
    private const string Awkward = "Jos\u00e9's \"caf\u00e9\" <b>&amp;</b> +1 \\ \u65e5\u672c \U0001F600 tab\t";

    public static TheoryData<MovementKind> Kinds => [.. Enum.GetValues<MovementKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToUtf8Bytes_EnvelopeOfEachKind_SameBytesAsSharedOptions(MovementKind kind)
    {
        var envelope = Envelope(FullMovement(kind));

        var bytes = HotPathJson.ToUtf8Bytes(envelope);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(envelope, InventoryJson.Options), bytes);
    }

    [Fact]
    public void ToUtf8Bytes_EnvelopeWithoutOptionalFields_SameBytesAsSharedOptions()
    {
        var envelope = Envelope(new Movement { Id = "m-1", Kind = MovementKind.CycleCount, Sku = "S", Location = "L" });

        var bytes = HotPathJson.ToUtf8Bytes(envelope);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(envelope, InventoryJson.Options), bytes);
    }

    [Fact]
    public void ToUtf8Bytes_Envelope_ReadBackByTheConsumer()
    {
        var envelope = Envelope(FullMovement(MovementKind.ChannelHeldStockSet));

        Assert.True(MovementProcessor.TryReadEnvelope(HotPathJson.ToUtf8Bytes(envelope), out var read, out _));

        Assert.Equal(envelope, read);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToJson_LedgerEntryOfEachKind_SameTextAsSharedOptions(MovementKind kind)
    {
        var entry = FullEntry(kind);

        var json = HotPathJson.ToJson(entry);

        Assert.Equal(JsonSerializer.Serialize(entry, InventoryJson.Options), json);
        Assert.Equal(entry, JsonSerializer.Deserialize<LedgerEntry>(json, InventoryJson.Options));
    }

    [Fact]
    public void ToJson_LedgerEntryWithoutOptionalFields_SameTextAsSharedOptions()
    {
        var entry = FullEntry(MovementKind.OrderLineCommitted) with
        {
            Reason = null, Reference = null, Source = null, CostOfGoods = null, UnitCost = null,
        };

        var json = HotPathJson.ToJson(entry);

        Assert.Equal(JsonSerializer.Serialize(entry, InventoryJson.Options), json);
    }

    [Fact]
    public void ToJson_LedgerEntryWrittenByTheSharedOptions_ReadsTheSame()
    {
        var written = JsonSerializer.Serialize(FullEntry(MovementKind.Adjustment), InventoryJson.Options);

        var read = JsonSerializer.Deserialize<LedgerEntry>(written, InventoryJson.Options)!;

        Assert.Equal(written, HotPathJson.ToJson(read));
    }

    [Fact]
    public void ToJson_KindWithoutName_RefusedAsByTheSharedOptions()
    {
        var entry = FullEntry((MovementKind)99);

        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(entry, InventoryJson.Options));
        Assert.Throws<JsonException>(() => HotPathJson.ToJson(entry));
    }

    // The writer lists each type's properties by hand: a property added to one of these types must be added to it.
    [Theory]
    [InlineData(typeof(MovementEnvelope), 7)]
    [InlineData(typeof(Movement), 12)]
    [InlineData(typeof(LedgerEntry), 18)]
    [InlineData(typeof(MovementSource), 2)]
    [InlineData(typeof(ReportedQuantities), 4)]
    [InlineData(typeof(StockKey), 3)]
    [InlineData(typeof(StockQuantities), 7)]
    [InlineData(typeof(QuantityDeltas), 5)]
    public void ToJson_TypesWrittenByHand_HaveThePropertiesTheWriterKnows(Type type, int properties)
    {
        Assert.Equal(properties, type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Length);
    }

    [Fact]
    public void ToUtf8Bytes_ManyThreadsAtOnce_EachGetsItsOwnValue()
    {
        var expected = Enumerable.Range(0, 64)
            .Select(i => Envelope(FullMovement(MovementKind.OrderLineCommitted) with { Id = $"m-{i}" }))
            .ToList();

        var written = expected.AsParallel().Select(e => Encoding.UTF8.GetString(HotPathJson.ToUtf8Bytes(e))).ToList();

        Assert.Equal(expected.Select(e => JsonSerializer.Serialize(e, InventoryJson.Options)), written);
    }

    private static MovementEnvelope Envelope(Movement movement) =>
        MovementEnvelope.For(movement, Awkward, "orders/create", At);

    private static Movement FullMovement(MovementKind kind) => new()
    {
        Id = "shopify:order:1:line:2",
        Kind = kind,
        Sku = Awkward,
        Location = "WH-\u00c9ST",
        Quantity = -12,
        UnitCost = 12.3400m,
        Reason = Awkward,
        Reference = "#1042",
        Source = new MovementSource("shopify", Awkward),
        OccurredAt = At,
        Reported = new ReportedQuantities(10, 2, 1, 4),
    };

    private static LedgerEntry FullEntry(MovementKind kind) => new()
    {
        MovementId = "shopify:order:1:line:2",
        Kind = kind,
        Sku = Awkward,
        Location = "WH-\u00c9ST",
        Deltas = new QuantityDeltas(-1, 2, -3, 4, -5),
        QuantitiesAfter = new StockQuantities(10, 2, 1, 4, 5),
        StockVersion = long.MaxValue,
        Quantity = int.MinValue,
        Reason = Awkward,
        Reference = "#1042",
        Source = new MovementSource("shopify", null),
        OccurredAt = At,
        RecordedAt = At.ToUniversalTime(),
        CostOfGoods = 79228162514264337593543950335m,
        UnitCost = 0.0001m,
        ValueDelta = -12.50m,
        OversoldUnits = 3,
        Fingerprint = "0f3c9a5e1b2d4c6e8a0b1c2d3e4f5a6b",
    };
}

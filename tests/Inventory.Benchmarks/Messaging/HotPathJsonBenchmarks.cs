using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Inventory.Core.Messaging;
using Inventory.Core.Serialization;
using Inventory.Core.Stock;

namespace Inventory.Benchmarks.Messaging;

/// <summary>
/// The JSON written once per movement: the queue envelope (intake) and the ledger entry (consumer), through the
/// shared options (the baseline, as the code wrote them before) and through <see cref="HotPathJson"/>.
/// </summary>
[MemoryDiagnoser]
public class HotPathJsonBenchmarks
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 18, 20, 0, TimeSpan.Zero);

    private readonly MovementEnvelope _envelope = MovementEnvelope.For(
        new Movement
        {
            Id = "shopify:order:5632145698741:line:13579246801",
            Kind = MovementKind.OrderLineCommitted,
            Sku = "SKU-04217",
            Location = "WH-MAIN",
            Quantity = 2,
            Reference = "#1042",
            Source = new MovementSource("shopify", "5632145698741"),
            OccurredAt = At,
        },
        "shopify",
        "orders/create",
        At);

    private readonly LedgerEntry _entry = new()
    {
        MovementId = "shopify:order:5632145698741:line:13579246801",
        Kind = MovementKind.OrderLineCommitted,
        Sku = "SKU-04217",
        Location = "WH-MAIN",
        Deltas = new QuantityDeltas(0, 2, 0, 0, 0),
        QuantitiesAfter = new StockQuantities(1000, 14, 0, 0, 0),
        StockVersion = 15,
        Quantity = 2,
        Reference = "#1042",
        Source = new MovementSource("shopify", "5632145698741"),
        OccurredAt = At,
        RecordedAt = At.AddMilliseconds(7),
        Fingerprint = "0f3c9a5e1b2d4c6e8a0b1c2d3e4f5a6b",
    };

    private byte[] _body = [];

    [GlobalSetup]
    public void Setup() => _body = HotPathJson.ToUtf8Bytes(_envelope);

    [Benchmark(Baseline = true)]
    public byte[] WriteEnvelope_SharedOptions() =>
        JsonSerializer.SerializeToUtf8Bytes(_envelope, InventoryJson.Options);

    [Benchmark]
    public byte[] WriteEnvelope_HotPath() => HotPathJson.ToUtf8Bytes(_envelope);

    [Benchmark]
    public string WriteEntry_SharedOptions() => JsonSerializer.Serialize(_entry, InventoryJson.Options);

    [Benchmark]
    public string WriteEntry_HotPath() => HotPathJson.ToJson(_entry);

    [Benchmark]
    public MovementEnvelope? ReadEnvelope_SharedOptions() =>
        JsonSerializer.Deserialize<MovementEnvelope>(_body, InventoryJson.Options);
}

using BenchmarkDotNet.Attributes;
using Inventory.Core.Messaging;
using Inventory.Core.Stock;
using Inventory.Embedded.Inbox;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Benchmarks.Messaging;

/// <summary>
/// The consumer side of a webhook: one inbox round (fetch, apply through the processor and the SQLite stock store,
/// ledger write, settle) of <see cref="Round"/> order-line commits spread over SKUs that have opening stock, as the
/// webhook load drives it. The round's messages are published before each iteration and not measured. Flushing is
/// off (<c>synchronous=NORMAL</c>) so that the figure is the work, not the disk. Times are per message and wall
/// clock, hand-overs between the consumer, the inbox writer and the stock writer included; run with
/// <c>--inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class InboxRoundBenchmarks
{
    private const int Round = 256;
    private const int Skus = 1000;

    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "inventory-bench", Guid.NewGuid().ToString("N"));

    private SqliteStockStore _store = null!;
    private SqliteInbox _inbox = null!;
    private InboxConsumer _consumer = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var storeOptions = Options.Create(
            new SqliteStoreOptions { DataDirectory = _directory, FlushEveryCommit = false });
        var inboxOptions = Options.Create(new InboxOptions());
        _store = new SqliteStockStore(storeOptions, TimeProvider.System, NullLogger<SqliteStockStore>.Instance);
        _inbox = new SqliteInbox(storeOptions, inboxOptions, TimeProvider.System, NullLogger<SqliteInbox>.Instance);
        var processor = new MovementProcessor(_store, new NoSyncRequester(), NullLogger<MovementProcessor>.Instance);
        _consumer = new InboxConsumer(
            _inbox, processor, inboxOptions, TimeProvider.System, NullLogger<InboxConsumer>.Instance);

        var opening = Enumerable.Range(0, Skus)
            .Select(i => Movement(MovementKind.Adjustment, i, 1_000_000, $"opening-{i}", "opening stock"))
            .ToList();
        _store.ApplyInOrderAsync(opening).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _inbox.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }

    [IterationSetup]
    public void Publish()
    {
        var envelopes = new MovementEnvelope[Round];
        for (var i = 0; i < Round; i++)
        {
            var n = _next++;
            var movement = Movement(MovementKind.OrderLineCommitted, n * 7919 % Skus, 1 + (n % 3), $"order-{n}", null);
            envelopes[i] = MovementEnvelope.For(movement, "shopify", "orders/create", DateTimeOffset.UtcNow);
        }

        _inbox.PublishAsync(envelopes).GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Round)]
    public int DrainOneRound()
    {
        var settled = _consumer.DrainOnceAsync(CancellationToken.None).GetAwaiter().GetResult();
        return settled == Round ? settled : throw new InvalidOperationException($"Settled {settled} of {Round}.");
    }

    private static Movement Movement(MovementKind kind, int sku, int quantity, string id, string? reason) => new()
    {
        Id = id,
        Kind = kind,
        Sku = $"SKU-{sku:D5}",
        Location = "WH-MAIN",
        Quantity = quantity,
        Reason = reason,
        Reference = "#1042",
        Source = new MovementSource("shopify", id),
        OccurredAt = DateTimeOffset.UtcNow,
    };
}

using Inventory.Core.Messaging;
using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Core.Tests.Stock;
using Inventory.Testing.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Core.Tests.Messaging;

public sealed class MovementProcessorTests
{
    [Fact]
    public async Task ProcessInOrderAsync_OneMovementFails_RetryForItNullForItsSkusLaterOnesCompleteForOthers()
    {
        var store = new FailingStore(new InMemoryStockStore(new FakeTimeProvider(Epoch)), failingId: "a-1");
        var processor = new MovementProcessor(store, new NoChannelSync(), NullLogger<MovementProcessor>.Instance);
        MovementEnvelope[] envelopes =
        [
            Envelope(Adjust("SKU-A", "WH", 1, "a-1")),
            Envelope(Adjust("SKU-A", "WH", 1, "a-2")),
            Envelope(Adjust("SKU-B", "WH", 1, "b-1")),
        ];

        var results = await processor.ProcessInOrderAsync(envelopes, default);

        Assert.Equal(ProcessingDecision.Retry, results[0]!.Decision);
        Assert.Null(results[1]);
        Assert.Equal(ProcessingDecision.Complete, results[2]!.Decision);
    }

    [Fact]
    public async Task ProcessInOrderAsync_RefusedMovement_DeadLetterWithItsCode()
    {
        var store = new InMemoryStockStore(new FakeTimeProvider(Epoch));
        var processor = new MovementProcessor(store, new NoChannelSync(), NullLogger<MovementProcessor>.Instance);

        var results = await processor.ProcessInOrderAsync([Envelope(Ship("SKU-A", "WH", 1, "a-1"))], default);

        Assert.Equal(ProcessingDecision.DeadLetter, results[0]!.Decision);
        Assert.NotNull(results[0]!.ReasonCode);
    }

    private static MovementEnvelope Envelope(Movement movement) =>
        MovementEnvelope.For(movement, "test", "test", Epoch);
}

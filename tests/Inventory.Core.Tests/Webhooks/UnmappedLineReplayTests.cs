using Inventory.Core.Catalog;
using Inventory.Core.Messaging;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;
using Inventory.Testing.Documents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Core.Tests.Webhooks;

public sealed class UnmappedLineReplayTests
{
    private static readonly DateTimeOffset Received = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Received.AddDays(2));
    private readonly InMemoryDocumentStore _documents = new();
    private readonly DocumentUnmappedLineStore _lines;
    private readonly DocumentListingMap _listings;
    private readonly RecordingPublisher _publisher = new();
    private readonly UnmappedLineReplay _replay;

    public UnmappedLineReplayTests()
    {
        _lines = new DocumentUnmappedLineStore(_documents);
        _listings = new DocumentListingMap(_documents);
        _replay = new UnmappedLineReplay(
            _lines, _listings, _publisher, _time, NullLogger<UnmappedLineReplay>.Instance);
    }

    [Fact]
    public async Task ReplayAsync_ListingMappedSince_QueuesTheLinesMovementsWithTheirOwnIds()
    {
        await _lines.RecordAsync([Line("shopify:order:1:line:7:commit", "variant-7", MovementKind.OrderLineCommitted)]);
        await Map("variant-7", "MUG-BLUE");

        var result = await _replay.ReplayAsync(100);

        var replayed = Assert.Single(result.Replayed);
        Assert.Equal(("shopify:order:1:line:7:commit", "MUG-BLUE", 1), (replayed.Id, replayed.Sku, replayed.Movements));
        var envelope = Assert.Single(_publisher.Published);
        Assert.Equal(
            ("shopify:order:1:line:7:commit", MovementKind.OrderLineCommitted, "MUG-BLUE", "WH-MAIN", 2, "1"),
            (envelope.Movement.Id, envelope.Movement.Kind, envelope.Movement.Sku, envelope.Movement.Location,
                envelope.Movement.Quantity, envelope.Movement.Reference));
        Assert.Equal(Received.AddMinutes(-1), envelope.Movement.OccurredAt);
        Assert.Equal(("shopify", "orders/create", Received), (envelope.Channel, envelope.Topic, envelope.ReceivedAt));
    }

    [Fact]
    public async Task ReplayAsync_Replayed_MarksTheLineSoTheNextReplayQueuesNothing()
    {
        await _lines.RecordAsync([Line("shopify:order:1:line:7:commit", "variant-7", MovementKind.OrderLineCommitted)]);
        await Map("variant-7", "MUG-BLUE");
        await _replay.ReplayAsync(100);

        var again = await _replay.ReplayAsync(100);

        Assert.Empty(again.Replayed);
        Assert.Single(_publisher.Published);
        var kept = Assert.Single(await _lines.ListAsync(10));
        Assert.Equal(("MUG-BLUE", _time.GetUtcNow()), (kept.ReplayedSku, kept.ReplayedAt));
    }

    [Fact]
    public async Task ReplayAsync_StillUnmapped_KeepsTheLineAndQueuesNothing()
    {
        await _lines.RecordAsync([Line("shopify:order:1:line:7:commit", "variant-7", MovementKind.OrderLineCommitted)]);

        var result = await _replay.ReplayAsync(100);

        Assert.Equal(["shopify:order:1:line:7:commit"], result.StillUnmapped);
        Assert.Empty(_publisher.Published);
        Assert.Null(Assert.Single(await _lines.ListAsync(10)).ReplayedAt);
    }

    [Fact]
    public async Task ReplayAsync_CancellationKeptAfterItsOrder_QueuesTheCommitFirst()
    {
        await _lines.RecordAsync([Line("shopify:order:1:line:7:commit", "variant-7", MovementKind.OrderLineCommitted)]);
        await _lines.RecordAsync([Line("shopify:order:1:line:7:release", "variant-7", MovementKind.OrderLineReleased,
            minutesLater: 5)]);
        await Map("variant-7", "MUG-BLUE");

        await _replay.ReplayAsync(100);

        Assert.Equal(
            [MovementKind.OrderLineCommitted, MovementKind.OrderLineReleased],
            _publisher.Published.Select(e => e.Movement.Kind));
    }

    [Fact]
    public async Task ReplayAsync_LineWithoutSteps_IsReportedNotReplayable()
    {
        await _lines.RecordAsync([new UnmappedLine(
            "shopify:level:9:1:100", "shopify", "item-9", null, "inventory_levels/update", 4, null, Received)]);
        await Map("item-9", "MUG-BLUE");

        var result = await _replay.ReplayAsync(100);

        Assert.Equal(["shopify:level:9:1:100"], result.NotReplayable);
        Assert.Empty(_publisher.Published);
    }

    [Fact]
    public async Task ReplayAsync_PublishFails_LeavesTheLineUnmarkedForTheNextReplay()
    {
        await _lines.RecordAsync([Line("shopify:order:1:line:7:commit", "variant-7", MovementKind.OrderLineCommitted)]);
        await Map("variant-7", "MUG-BLUE");
        _publisher.Fail = true;

        await Assert.ThrowsAsync<IOException>(() => _replay.ReplayAsync(100));

        Assert.Null(Assert.Single(await _lines.ListAsync(10)).ReplayedAt);
    }

    private static UnmappedLine Line(string id, string externalId, MovementKind kind, int minutesLater = 0) =>
        new(id, "shopify", externalId, null, kind == MovementKind.OrderLineCommitted ? "orders/create"
            : "orders/cancelled", 2, "1", Received.AddMinutes(minutesLater))
        {
            Location = "WH-MAIN",
            OccurredAt = Received.AddMinutes(minutesLater - 1),
            Steps = [new UnmappedStep(id, kind, 2)],
        };

    private Task Map(string externalId, string sku) =>
        _listings.SetAsync(new ListingMapping("shopify", externalId, sku, Received));

    private sealed class RecordingPublisher : IMovementPublisher
    {
        public List<MovementEnvelope> Published { get; } = [];

        public bool Fail { get; set; }

        public Task PublishAsync(IReadOnlyList<MovementEnvelope> envelopes, CancellationToken cancellationToken = default)
        {
            if (Fail)
            {
                throw new IOException("The queue is down.");
            }

            Published.AddRange(envelopes);
            return Task.CompletedTask;
        }
    }
}

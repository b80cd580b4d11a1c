using Inventory.Core.Messaging;
using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Embedded.Inbox;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Embedded.Tests.Inbox;

public sealed class InboxConsumerTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(Epoch);
    private readonly InboxOptions _inboxOptions = new() { MaxDeliveryCount = 3, RetryDelay = TimeSpan.FromSeconds(1) };
    private SqliteStockStore _store = null!;
    private SqliteInbox _inbox = null!;

    public Task InitializeAsync()
    {
        Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _inbox.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task DrainOnceAsync_PublishedMovements_AppliedAndRemoved()
    {
        await PublishAsync(Adjust("SKU-A", "WH", 5), Commit("SKU-A", "WH", 2), Adjust("SKU-B", "WH", 1));

        var settled = await Consumer(_store).DrainOnceAsync(default);

        Assert.Equal(3, settled);
        Assert.Equal(new StockQuantities(5, 2, 0, 0, 0), (await _store.GetPositionAsync(new("SKU-A", "WH")))!.Quantities);
        Assert.Equal(0, _inbox.CountPending());
    }

    [Fact]
    public async Task DrainOnceAsync_SameSkuMessages_AppliedInArrivalOrder()
    {
        await PublishAsync(Adjust("SKU-A", "WH", 3, "a-1"), Commit("SKU-A", "WH", 3, "a-2"), Ship("SKU-A", "WH", 3, "a-3"));

        await Consumer(_store).DrainOnceAsync(default);

        var ledger = await _store.GetLedgerAsync("SKU-A", 10, null);
        Assert.Equal(["a-3", "a-2", "a-1"], ledger.Entries.Select(e => e.MovementId));
    }

    [Fact]
    public async Task PublishAsync_SameMessageIdTwice_KeepsOneMessage()
    {
        var movement = Adjust("SKU-A", "WH", 3, "dup-1");

        await PublishAsync(movement);
        await PublishAsync(movement);

        Assert.Equal(1, _inbox.CountPending());
    }

    [Fact]
    public async Task DrainOnceAsync_RefusedMovement_DeadLetteredWithReason()
    {
        await PublishAsync(Ship("SKU-A", "WH", 1, "bad-ship"));

        await Consumer(_store).DrainOnceAsync(default);

        var letter = Assert.Single(_inbox.ListDeadLetters(10));
        Assert.Equal("bad-ship", letter.MessageId);
        Assert.Equal(nameof(RejectionCode.InsufficientQuantity), letter.ReasonCode);
        Assert.Contains("SKU-A", letter.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _inbox.CountPending());
    }

    [Fact]
    public async Task DrainOnceAsync_TransientFailure_HoldsBackLaterMessagesOfThatSkuOnly()
    {
        await PublishAsync(Adjust("SKU-A", "WH", 1, "a-1"), Adjust("SKU-A", "WH", 1, "a-2"), Adjust("SKU-B", "WH", 1, "b-1"));
        var flaky = new FlakyStore(_store, failingId: "a-1", failures: 1);

        await Consumer(flaky).DrainOnceAsync(default);

        Assert.Null(await _store.GetPositionAsync(new("SKU-A", "WH")));
        Assert.NotNull(await _store.GetPositionAsync(new("SKU-B", "WH")));
        Assert.Equal(2, _inbox.CountPending());

        await Consumer(flaky).DrainOnceAsync(default);
        Assert.Equal(2, _inbox.CountPending());

        _time.Advance(TimeSpan.FromSeconds(2));
        await Consumer(flaky).DrainOnceAsync(default);
        Assert.Equal(2, (await _store.GetPositionAsync(new("SKU-A", "WH")))!.Quantities.OnHand);
        Assert.Equal(0, _inbox.CountPending());
    }

    [Fact]
    public async Task DrainOnceAsync_MovementFailsInTheStoresTransaction_HoldsBackLaterMessagesOfThatSkuOnly()
    {
        // 21 x 100,000,000 units on hand: one more such adjustment overflows the quantity, which fails its decision
        // inside the SQLite store's batch, beside the round's other movements.
        for (var i = 0; i < 21; i++)
        {
            await _store.ApplyAsync(Adjust("SKU-A", "WH", MovementValidator.MaxQuantity, $"fill-{i}"));
        }

        await PublishAsync(Adjust("SKU-A", "WH", MovementValidator.MaxQuantity, "a-overflow"),
            Adjust("SKU-A", "WH", 1, "a-later"), Adjust("SKU-B", "WH", 1, "b-1"));

        var settled = await Consumer(_store).DrainOnceAsync(default);

        Assert.Equal(2, settled);
        Assert.Equal(21, (await _store.GetPositionAsync(new("SKU-A", "WH")))!.Version);
        Assert.NotNull(await _store.GetPositionAsync(new("SKU-B", "WH")));
        Assert.Equal(2, _inbox.CountPending());
        Assert.Empty(_inbox.ListDeadLetters(10));
    }

    [Fact]
    public async Task DrainOnceAsync_RetryLeftByEarlierRun_StillHoldsBackLaterMessagesOfThatSku()
    {
        await PublishAsync(Adjust("SKU-A", "WH", 1, "a-1"), Adjust("SKU-A", "WH", 1, "a-2"));
        await Consumer(new FlakyStore(_store, failingId: "a-1", failures: 1)).DrainOnceAsync(default);

        await ReopenAsync();
        await Consumer(_store).DrainOnceAsync(default);

        Assert.Null(await _store.GetPositionAsync(new("SKU-A", "WH")));
        Assert.Equal(2, _inbox.CountPending());
    }

    [Fact]
    public async Task DrainOnceAsync_FailsEveryDelivery_DeadLetteredAfterMaxDeliveryCount()
    {
        await PublishAsync(Adjust("SKU-A", "WH", 1, "always-fails"));
        var flaky = new FlakyStore(_store, failingId: "always-fails", failures: int.MaxValue);

        for (var round = 0; round < _inboxOptions.MaxDeliveryCount; round++)
        {
            await Consumer(flaky).DrainOnceAsync(default);
            _time.Advance(TimeSpan.FromMinutes(2));
        }

        var letter = Assert.Single(_inbox.ListDeadLetters(10));
        Assert.Equal("MaxDeliveryCountExceeded", letter.ReasonCode);
        Assert.Equal(_inboxOptions.MaxDeliveryCount, letter.Attempts);
    }

    [Fact]
    public async Task DrainOnceAsync_AfterReopeningWithoutSettling_AppliesEachMovementOnce()
    {
        await PublishAsync(Adjust("SKU-A", "WH", 4, "r-1"), Commit("SKU-A", "WH", 1, "r-2"));

        // The stock writes happened but the inbox rows were never removed: as after a crash between the two.
        await _store.ApplyAsync(Adjust("SKU-A", "WH", 4, "r-1"));
        await ReopenAsync();
        await Consumer(_store).DrainOnceAsync(default);

        var position = await _store.GetPositionAsync(new("SKU-A", "WH"));
        Assert.Equal(new StockQuantities(4, 1, 0, 0, 0), position!.Quantities);
        Assert.Equal(2, position.Version);
    }

    [Fact]
    public async Task DrainOnceAsync_RoundOfAppliedRefusedAndRetried_RemovesAllButTheRetried()
    {
        await PublishAsync(Adjust("SKU-A", "WH", 1, "a-1"), Ship("SKU-B", "WH", 1, "b-refused"),
            Adjust("SKU-C", "WH", 1, "c-flaky"), Adjust("SKU-D", "WH", 1, "d-1"));

        var flaky = new FlakyStore(_store, failingId: "c-flaky", failures: 1);

        var settled = await Consumer(flaky).DrainOnceAsync(default);

        Assert.Equal(4, settled);
        Assert.Equal(1, _inbox.CountPending());
        Assert.Equal("b-refused", Assert.Single(_inbox.ListDeadLetters(10)).MessageId);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await Consumer(_store).DrainOnceAsync(default));
        Assert.Equal(0, _inbox.CountPending());
    }

    [Fact]
    public async Task DrainOnceAsync_PoisonBody_DeadLettered()
    {
        await PublishAsync(Adjust("SKU-A", "WH", 1, "poison"));
        await using (var connection = _inbox.Connections.Open())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE inbox SET body = x'7b6e6f74206a736f6e' WHERE message_id = 'poison'";
            command.ExecuteNonQuery();
        }

        await Consumer(_store).DrainOnceAsync(default);

        Assert.Equal("PoisonMessage", Assert.Single(_inbox.ListDeadLetters(10)).ReasonCode);
    }

    private InboxConsumer Consumer(IStockStore store) => new(
        _inbox,
        new MovementProcessor(store, new NoChannelSync(), NullLogger<MovementProcessor>.Instance),
        Options.Create(_inboxOptions),
        _time,
        NullLogger<InboxConsumer>.Instance);

    private Task PublishAsync(params Movement[] movements) =>
        _inbox.PublishAsync(movements.Select(m => MovementEnvelope.For(m, "test", "test", Epoch)).ToList());

    private void Open()
    {
        var storeOptions = Options.Create(new SqliteStoreOptions { DataDirectory = _directory });
        _store = new SqliteStockStore(storeOptions, _time, NullLogger<SqliteStockStore>.Instance);
        _inbox = new SqliteInbox(storeOptions, Options.Create(_inboxOptions), _time, NullLogger<SqliteInbox>.Instance);
    }

    private async Task ReopenAsync()
    {
        await _inbox.DisposeAsync();
        await _store.DisposeAsync();
        Open();
    }

    private sealed class FlakyStore(IStockStore inner, string failingId, int failures) : IStockStore
    {
        private int _left = failures;

        public Task<ApplyOutcome> ApplyAsync(Movement movement, CancellationToken cancellationToken = default) =>
            movement.Id == failingId && Interlocked.Decrement(ref _left) >= 0
                ? throw new StockConcurrencyException("injected contention")
                : inner.ApplyAsync(movement, cancellationToken);

        public Task<StockPosition?> GetPositionAsync(StockKey key, CancellationToken cancellationToken = default) =>
            inner.GetPositionAsync(key, cancellationToken);

        public Task<IReadOnlyList<StockPosition>> GetPositionsAsync(string sku, CancellationToken cancellationToken = default) =>
            inner.GetPositionsAsync(sku, cancellationToken);

        public Task<LedgerPage> GetLedgerAsync(string sku, int pageSize, string? continuation,
            CancellationToken cancellationToken = default) =>
            inner.GetLedgerAsync(sku, pageSize, continuation, cancellationToken);

        public Task<IReadOnlyList<OversellIncident>> ListOversellsAsync(OversellQuery query,
            CancellationToken cancellationToken = default) => inner.ListOversellsAsync(query, cancellationToken);
    }
}

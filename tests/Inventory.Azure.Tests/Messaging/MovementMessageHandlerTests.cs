using System.Text;
using Azure.Messaging.ServiceBus;
using Inventory.Azure.Messaging;
using Inventory.Core.Messaging;
using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Testing.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static Inventory.Azure.Tests.Messaging.MessageFactory;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Azure.Tests.Messaging;

public sealed class MovementMessageHandlerTests
{
    private const string Main = "WH-MAIN";

    private readonly FakeTimeProvider _time = new(Epoch);
    private readonly InMemoryStockStore _store;
    private readonly Mock<ISyncRequester> _sync = new(MockBehavior.Strict);
    private readonly Mock<IMessageSettlement> _settlement = new(MockBehavior.Strict);

    public MovementMessageHandlerTests()
    {
        _store = new InMemoryStockStore(_time);
    }

    [Fact]
    public async Task HandleAsync_AppliedMovement_CompletesMessage()
    {
        var message = Received(Envelope(Adjust(NewSku(), Main, 5)));
        AllowSync();
        ExpectComplete(message);

        await CreateSut().HandleAsync(message, _settlement.Object, CancellationToken.None);

        _settlement.Verify(s => s.CompleteMessageAsync(message, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_AppliedMovement_RequestsSyncForSkuWithNewVersionAndReceivedAt()
    {
        var sku = NewSku();
        var message = Received(Envelope(Adjust(sku, Main, 5)));
        AllowSync();
        ExpectComplete(message);

        await CreateSut().HandleAsync(message, _settlement.Object, CancellationToken.None);

        _sync.Verify(
            s => s.RequestSyncAsync(new SyncRequest(sku, 1, Epoch), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task HandleAsync_DuplicateMovement_CompletesMessage()
    {
        var movement = Adjust(NewSku(), Main, 5);
        await _store.ApplyAsync(movement);
        var message = Received(Envelope(movement), deliveryCount: 2);
        AllowSync();
        ExpectComplete(message);

        await CreateSut().HandleAsync(message, _settlement.Object, CancellationToken.None);

        _settlement.Verify(s => s.CompleteMessageAsync(message, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_DuplicateMovement_RequestsSyncAgainForItsVersion()
    {
        var movement = Adjust(NewSku(), Main, 5);
        await _store.ApplyAsync(movement);
        var message = Received(Envelope(movement), deliveryCount: 2);
        AllowSync();
        ExpectComplete(message);

        await CreateSut().HandleAsync(message, _settlement.Object, CancellationToken.None);

        _sync.Verify(s => s.RequestSyncAsync(new SyncRequest(movement.Sku, 1, Epoch), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task HandleAsync_SameMessageDeliveredTwice_AppliedOnce()
    {
        var sku = NewSku();
        var envelope = Envelope(Adjust(sku, Main, 5));
        var first = Received(envelope, deliveryCount: 1);
        var second = Received(envelope, deliveryCount: 2);
        AllowSync();
        ExpectComplete(first);
        ExpectComplete(second);
        var sut = CreateSut();

        await sut.HandleAsync(first, _settlement.Object, CancellationToken.None);
        await sut.HandleAsync(second, _settlement.Object, CancellationToken.None);

        var position = await _store.GetPositionAsync(new StockKey(sku, Main));
        Assert.Equal(5, position!.Quantities.OnHand);
        Assert.Single((await _store.GetLedgerAsync(sku, 10, null)).Entries);
        _sync.Verify(s => s.RequestSyncAsync(It.IsAny<SyncRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task HandleAsync_StockConcurrency_AbandonsMessage()
    {
        var store = new Mock<IStockStore>(MockBehavior.Strict);
        store.Setup(s => s.ApplyAsync(It.IsAny<Movement>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StockConcurrencyException("Contention on the position outlasted the retries."));
        var message = Received(Envelope(Adjust(NewSku(), Main, 5)));
        ExpectAbandon(message);

        await CreateSut(store.Object).HandleAsync(message, _settlement.Object, CancellationToken.None);

        _settlement.Verify(s => s.AbandonMessageAsync(message, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_ShipMoreThanCommitted_DeadLettersWithCodeAndDescriptionNamingSkuAndState()
    {
        var sku = NewSku();
        await _store.ApplyAsync(Adjust(sku, Main, 10));
        var message = Received(Envelope(Ship(sku, Main, 3)));
        string? reasonCode = null;
        string? description = null;
        _settlement.Setup(s => s.DeadLetterMessageAsync(
                message, It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((ServiceBusReceivedMessage _, string code, string text, CancellationToken _) =>
            {
                reasonCode = code;
                description = text;
            })
            .Returns(Task.CompletedTask);

        await CreateSut().HandleAsync(message, _settlement.Object, CancellationToken.None);

        Assert.Equal(nameof(RejectionCode.InsufficientQuantity), reasonCode);
        Assert.Contains(sku, description, StringComparison.Ordinal);
        Assert.Contains("committed", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_BodyNotJson_DeadLettersAsPoison()
    {
        var message = Received(Encoding.UTF8.GetBytes("not json at all"), "m-1", "SKU-1");
        var description = ExpectPoison(message);

        await CreateSut().HandleAsync(message, _settlement.Object, CancellationToken.None);

        Assert.Contains("not a valid movement envelope", description(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_UnknownSchemaVersion_DeadLettersAsPoisonNamingTheVersion()
    {
        var envelope = Envelope(Adjust(NewSku(), Main, 5)) with { SchemaVersion = 99 };
        var message = Received(envelope);
        var description = ExpectPoison(message);

        await CreateSut().HandleAsync(message, _settlement.Object, CancellationToken.None);

        Assert.Contains("schema version 99", description(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SessionIdIsNotTheSku_DeadLettersAsPoisonWithoutApplying()
    {
        var sku = NewSku();
        var message = Received(Envelope(Adjust(sku, Main, 5)), sessionId: "OTHER-SKU");
        var description = ExpectPoison(message);

        await CreateSut().HandleAsync(message, _settlement.Object, CancellationToken.None);

        Assert.Contains("session 'OTHER-SKU'", description(), StringComparison.Ordinal);
        Assert.Null(await _store.GetPositionAsync(new StockKey(sku, Main)));
    }

    [Fact]
    public async Task HandleAsync_UnexpectedException_AbandonsMessage()
    {
        var store = new Mock<IStockStore>(MockBehavior.Strict);
        store.Setup(s => s.ApplyAsync(It.IsAny<Movement>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("The store's connection is closed."));
        var message = Received(Envelope(Adjust(NewSku(), Main, 5)));
        ExpectAbandon(message);

        await CreateSut(store.Object).HandleAsync(message, _settlement.Object, CancellationToken.None);

        _settlement.Verify(s => s.AbandonMessageAsync(message, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_ShutdownCancelsProcessing_AbandonsMessage()
    {
        using var shutdown = new CancellationTokenSource();
        await shutdown.CancelAsync();
        var message = Received(Envelope(Adjust(NewSku(), Main, 5)));
        ExpectAbandon(message);

        await CreateSut().HandleAsync(message, _settlement.Object, shutdown.Token);

        _settlement.Verify(s => s.AbandonMessageAsync(message, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_SyncRequestFailsAfterApply_AbandonsMessage()
    {
        _sync.Setup(s => s.RequestSyncAsync(It.IsAny<SyncRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("The sync scheduler is unreachable."));
        var message = Received(Envelope(Adjust(NewSku(), Main, 5)));
        ExpectAbandon(message);

        await CreateSut().HandleAsync(message, _settlement.Object, CancellationToken.None);

        _settlement.Verify(s => s.AbandonMessageAsync(message, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public void Truncate_TextLongerThanServiceBusAllows_IsCutToTheLimit()
    {
        var text = new string('x', 5000);

        var cut = MovementMessageHandler.Truncate(text);

        Assert.Equal(4096, cut.Length);
    }

    [Fact]
    public void Truncate_TextWithinTheLimit_IsUnchanged()
    {
        var text = new string('x', 4096);

        var cut = MovementMessageHandler.Truncate(text);

        Assert.Same(text, cut);
    }

    private MovementMessageHandler CreateSut(IStockStore? store = null) =>
        new(
            new MovementProcessor(store ?? _store, _sync.Object, NullLogger<MovementProcessor>.Instance),
            NullLogger<MovementMessageHandler>.Instance);

    private void AllowSync() =>
        _sync.Setup(s => s.RequestSyncAsync(It.IsAny<SyncRequest>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);

    private void ExpectComplete(ServiceBusReceivedMessage message) =>
        _settlement.Setup(s => s.CompleteMessageAsync(message, It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);

    private void ExpectAbandon(ServiceBusReceivedMessage message) =>
        _settlement.Setup(s => s.AbandonMessageAsync(message, It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);

    /// <summary>Allows only a poison dead letter for the message; the result reads its description.</summary>
    private Func<string> ExpectPoison(ServiceBusReceivedMessage message)
    {
        string? description = null;
        _settlement.Setup(s => s.DeadLetterMessageAsync(
                message, "PoisonMessage", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((ServiceBusReceivedMessage _, string _, string text, CancellationToken _) =>
                description = text)
            .Returns(Task.CompletedTask);
        return () => description ?? throw new InvalidOperationException("The message was not dead-lettered.");
    }
}

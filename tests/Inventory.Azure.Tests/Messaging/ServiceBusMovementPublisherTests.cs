using Azure.Messaging.ServiceBus;
using Inventory.Azure.Messaging;
using Inventory.Core.Messaging;
using Inventory.Core.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using static Inventory.Azure.Tests.Messaging.MessageFactory;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Azure.Tests.Messaging;

public sealed class ServiceBusMovementPublisherTests
{
    private const string Main = "WH-MAIN";

    private readonly Mock<ServiceBusSender> _sender = new(MockBehavior.Strict);

    // What each send carried, copied at the time of the send.
    private readonly List<List<ServiceBusMessage>> _sent = [];

    public ServiceBusMovementPublisherTests()
    {
        _sender.SetupGet(s => s.EntityPath).Returns("inventory-events");
    }

    [Fact]
    public async Task PublishAsync_OneEnvelope_MessageIdIsTheMovementId()
    {
        var envelope = Envelope(Commit("SKU-1", Main, 2, id: "shopify:order-1:line-1"));
        AcceptBatches();

        await CreateSut().PublishAsync([envelope]);

        Assert.Equal("shopify:order-1:line-1", SentMessage().MessageId);
    }

    [Fact]
    public async Task PublishAsync_OneEnvelope_SessionIdIsTheSku()
    {
        AcceptBatches();

        await CreateSut().PublishAsync([Envelope(Commit("SKU-1", Main, 2))]);

        Assert.Equal("SKU-1", SentMessage().SessionId);
    }

    [Fact]
    public async Task PublishAsync_OneEnvelope_ContentTypeIsJson()
    {
        AcceptBatches();

        await CreateSut().PublishAsync([Envelope(Commit("SKU-1", Main, 2))]);

        Assert.Equal("application/json", SentMessage().ContentType);
    }

    [Fact]
    public async Task PublishAsync_OneEnvelope_BodyReadsBackAsTheSameEnvelope()
    {
        var envelope = Envelope(Commit("SKU-1", Main, 2, channel: "shopify") with { Reference = "order-1" });
        AcceptBatches();

        await CreateSut().PublishAsync([envelope]);

        Assert.True(MovementProcessor.TryReadEnvelope(SentMessage().Body.ToArray(), out var read, out _));
        Assert.Equal(envelope, read);
    }

    [Fact]
    public async Task PublishAsync_OneEnvelope_CarriesKindChannelTopicAndSchemaVersion()
    {
        AcceptBatches();

        await CreateSut().PublishAsync([Envelope(Ship("SKU-1", Main, 2))]);

        var message = SentMessage();
        Assert.Equal("orderLineShipped", message.Subject);
        Assert.Equal(MovementEnvelope.CurrentSchemaVersion, message.ApplicationProperties["schemaVersion"]);
        Assert.Equal("shopify", message.ApplicationProperties["channel"]);
        Assert.Equal("orders/fulfilled", message.ApplicationProperties["topic"]);
    }

    [Fact]
    public async Task PublishAsync_MoreThanOneBatchHolds_SplitsIntoBatchesKeepingOrder()
    {
        var envelopes = Enumerable.Range(1, 5)
            .Select(i => Envelope(Commit(i % 2 == 0 ? "SKU-A" : "SKU-B", Main, 1, id: $"m{i}")))
            .ToList();
        AcceptBatches(capacity: 2);

        await CreateSut().PublishAsync(envelopes);

        Assert.Equal([2, 2, 1], _sent.Select(batch => batch.Count));
        Assert.Equal(["m1", "m2", "m3", "m4", "m5"], _sent.SelectMany(batch => batch).Select(m => m.MessageId));
    }

    [Fact]
    public async Task PublishAsync_MessageTooLargeForAnEmptyBatch_ThrowsNamingTheMovementAndSendsNothing()
    {
        var envelopes = new[]
        {
            Envelope(Commit("SKU-1", Main, 1, id: "small")),
            Envelope(Adjust("SKU-1", Main, 1, id: "huge") with { Reason = new string('r', 500) }),
        };
        AcceptBatches(fits: message => message.Body.ToMemory().Length < 400);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CreateSut().PublishAsync(envelopes));

        Assert.Contains("'huge'", error.Message, StringComparison.Ordinal);
        Assert.Contains("SKU-1", error.Message, StringComparison.Ordinal);
        Assert.Empty(_sent);
    }

    [Fact]
    public async Task PublishAsync_SendFails_ExceptionReachesTheCaller()
    {
        _sender.Setup(s => s.CreateMessageBatchAsync(It.IsAny<CancellationToken>()))
            .Returns(() => ValueTask.FromResult(ServiceBusModelFactory.ServiceBusMessageBatch(1024, [])));
        _sender.Setup(s => s.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(
                new ServiceBusException("The namespace is unreachable.", ServiceBusFailureReason.ServiceTimeout));

        var error = await Assert.ThrowsAsync<ServiceBusException>(
            () => CreateSut().PublishAsync([Envelope(Commit("SKU-1", Main, 1))]));

        Assert.Equal(ServiceBusFailureReason.ServiceTimeout, error.Reason);
    }

    [Fact]
    public async Task PublishAsync_SendStillRunning_DoesNotReturnUntilItCompletes()
    {
        var send = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _sender.Setup(s => s.CreateMessageBatchAsync(It.IsAny<CancellationToken>()))
            .Returns(() => ValueTask.FromResult(ServiceBusModelFactory.ServiceBusMessageBatch(1024, [])));
        _sender.Setup(s => s.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()))
            .Returns(send.Task);

        var publish = CreateSut().PublishAsync([Envelope(Commit("SKU-1", Main, 1))]);
        await Task.Delay(50);
        var finishedBeforeSend = publish.IsCompleted;
        send.SetResult();
        await publish;

        Assert.False(finishedBeforeSend);
    }

    [Fact]
    public async Task PublishAsync_NoEnvelopes_TouchesNoSender()
    {
        await CreateSut().PublishAsync([]);

        _sender.Verify(s => s.CreateMessageBatchAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    private ServiceBusMovementPublisher CreateSut() =>
        new(_sender.Object, NullLogger<ServiceBusMovementPublisher>.Instance);

    /// <summary>
    /// Lets the sender create batches backed by lists, holding up to <paramref name="capacity"/> messages that
    /// <paramref name="fits"/> accepts, and records what each send carries.
    /// </summary>
    private void AcceptBatches(int capacity = 100, Func<ServiceBusMessage, bool>? fits = null)
    {
        var stores = new Dictionary<ServiceBusMessageBatch, List<ServiceBusMessage>>();
        _sender.Setup(s => s.CreateMessageBatchAsync(It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                var store = new List<ServiceBusMessage>();
                var batch = ServiceBusModelFactory.ServiceBusMessageBatch(
                    256 * 1024,
                    store,
                    tryAddCallback: message => store.Count < capacity && (fits?.Invoke(message) ?? true));
                stores[batch] = store;
                return ValueTask.FromResult(batch);
            });
        _sender.Setup(s => s.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()))
            .Callback((ServiceBusMessageBatch batch, CancellationToken _) => _sent.Add([.. stores[batch]]))
            .Returns(Task.CompletedTask);
    }

    private ServiceBusMessage SentMessage() => Assert.Single(Assert.Single(_sent));
}

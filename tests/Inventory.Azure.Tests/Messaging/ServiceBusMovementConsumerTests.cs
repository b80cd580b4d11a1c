using Azure.Messaging.ServiceBus;
using Inventory.Azure.Messaging;
using Inventory.Core.Messaging;
using Inventory.Core.Sync;
using Inventory.Testing.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using static Inventory.Azure.Tests.Messaging.MessageFactory;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Azure.Tests.Messaging;

public sealed class ServiceBusMovementConsumerTests
{
    [Fact]
    public void CreateProcessorOptions_AnySettings_OneCallPerSessionSoEachSkuStaysInOrder()
    {
        var options = ServiceBusMovementConsumer.CreateProcessorOptions(new ServiceBusOptions());

        Assert.Equal(1, options.MaxConcurrentCallsPerSession);
    }

    [Fact]
    public void CreateProcessorOptions_AnySettings_LeavesSettlementToTheHandler()
    {
        var options = ServiceBusMovementConsumer.CreateProcessorOptions(new ServiceBusOptions());

        Assert.False(options.AutoCompleteMessages);
        Assert.Equal(ServiceBusReceiveMode.PeekLock, options.ReceiveMode);
    }

    [Fact]
    public void CreateProcessorOptions_Settings_CopiesSessionsPrefetchAndIdleTimeout()
    {
        var settings = new ServiceBusOptions
        {
            MaxConcurrentSessions = 16,
            PrefetchCount = 25,
            SessionIdleTimeout = TimeSpan.FromSeconds(3),
        };

        var options = ServiceBusMovementConsumer.CreateProcessorOptions(settings);

        Assert.Equal(
            (16, 25, TimeSpan.FromSeconds(3)),
            (options.MaxConcurrentSessions, options.PrefetchCount, options.SessionIdleTimeout));
    }

    [Fact]
    public async Task OnMessageAsync_AppliedMovement_CompletesThroughTheSessionReceiver()
    {
        var message = Received(Envelope(Adjust(NewSku(), "WH-MAIN", 3)));
        var receiver = new Mock<ServiceBusSessionReceiver>(MockBehavior.Strict);
        receiver.Setup(r => r.CompleteMessageAsync(message, It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
        await using var sut = CreateSut(Mock.Of<ServiceBusClient>());

        await sut.OnMessageAsync(
            new ProcessSessionMessageEventArgs(message, receiver.Object, CancellationToken.None));

        receiver.Verify(r => r.CompleteMessageAsync(message, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task OnMessageAsync_PoisonMessage_DeadLettersThroughTheSessionReceiver()
    {
        var message = Received("not json"u8.ToArray(), "m-1", "SKU-1");
        var receiver = new Mock<ServiceBusSessionReceiver>(MockBehavior.Strict);
        receiver.Setup(r => r.DeadLetterMessageAsync(
                message, "PoisonMessage", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
        await using var sut = CreateSut(Mock.Of<ServiceBusClient>());

        await sut.OnMessageAsync(
            new ProcessSessionMessageEventArgs(message, receiver.Object, CancellationToken.None));

        receiver.Verify(
            r => r.DeadLetterMessageAsync(message, "PoisonMessage", It.IsAny<string>(), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    private static ServiceBusMovementConsumer CreateSut(ServiceBusClient client)
    {
        var processor = new MovementProcessor(
            new InMemoryStockStore(TimeProvider.System), new NoChannelSync(), NullLogger<MovementProcessor>.Instance);
        return new ServiceBusMovementConsumer(
            client,
            new MovementMessageHandler(processor, NullLogger<MovementMessageHandler>.Instance),
            Options.Create(new ServiceBusOptions { QueueName = "inventory-events-test" }),
            NullLogger<ServiceBusMovementConsumer>.Instance);
    }
}

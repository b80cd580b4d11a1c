using Azure.Messaging.ServiceBus;
using Inventory.Azure.Messaging;

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
}

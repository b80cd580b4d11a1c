using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Messaging;

/// <summary>
/// Receives movement messages with a <see cref="ServiceBusSessionProcessor"/> hosted in the worker, because the
/// isolated worker's Service Bus trigger package is not available to this build. Each session is one SKU and is
/// processed one message at a time, so a SKU's movements are applied in the order they were queued; different SKUs
/// run in parallel up to <see cref="ServiceBusOptions.MaxConcurrentSessions"/>.
/// </summary>
/// <remarks>
/// The processor receives only while the worker runs, so the hosting plan must keep an instance running (an
/// always-ready instance on Flex Consumption, or Premium): a scaled-to-zero app does not wake up for the queue.
/// </remarks>
internal sealed class ServiceBusMovementConsumer(
    ServiceBusClient client,
    MovementMessageHandler handler,
    IOptions<ServiceBusOptions> options,
    ILogger<ServiceBusMovementConsumer> logger) : IHostedService, IAsyncDisposable
{
    private ServiceBusSessionProcessor? _processor;

    /// <summary>The processor settings: one call per session keeps per-SKU order; the handler settles itself.</summary>
    internal static ServiceBusSessionProcessorOptions CreateProcessorOptions(ServiceBusOptions settings) => new()
    {
        MaxConcurrentSessions = settings.MaxConcurrentSessions,
        MaxConcurrentCallsPerSession = 1,
        AutoCompleteMessages = false,
        PrefetchCount = settings.PrefetchCount,
        SessionIdleTimeout = settings.SessionIdleTimeout,
        ReceiveMode = ServiceBusReceiveMode.PeekLock,
    };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var processor = client.CreateSessionProcessor(settings.QueueName, CreateProcessorOptions(settings));
        processor.ProcessMessageAsync += OnMessageAsync;
        processor.ProcessErrorAsync += OnErrorAsync;
        _processor = processor;

        await processor.StartProcessingAsync(cancellationToken).ConfigureAwait(false);
        ServiceBusLog.ConsumerStarted(logger, settings.QueueName, settings.MaxConcurrentSessions);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_processor is { IsProcessing: true } processor)
        {
            ServiceBusLog.ConsumerStopping(logger, options.Value.QueueName);
            await processor.StopProcessingAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_processor is { } processor)
        {
            _processor = null;
            await processor.DisposeAsync().ConfigureAwait(false);
        }
    }

    internal Task OnMessageAsync(ProcessSessionMessageEventArgs args) =>
        handler.HandleAsync(args.Message, new SessionMessageSettlement(args), args.CancellationToken);

    internal Task OnErrorAsync(ProcessErrorEventArgs args)
    {
        // The processor recovers by itself (it reconnects and accepts other sessions); this only makes it visible.
        ServiceBusLog.ProcessorError(logger, args.Exception, args.ErrorSource.ToString(), args.EntityPath);
        return Task.CompletedTask;
    }
}

using Microsoft.Extensions.Logging;

namespace Inventory.Azure.Messaging;

/// <summary>
/// The Service Bus pipeline's log lines, EventIds 2200 to 2299. They name messages, SKUs and delivery counts, and
/// never carry a message body or the connection string.
/// </summary>
internal static partial class ServiceBusLog
{
    [LoggerMessage(EventId = 2201, Level = LogLevel.Debug,
        Message = "Published {Count} movements to queue {Queue} in {Batches} batches")]
    public static partial void Published(ILogger logger, int count, string queue, int batches);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning,
        Message = "Publishing {Count} movements to queue {Queue} failed; the delivery must not be acknowledged, so "
            + "the sender will retry it")]
    public static partial void PublishFailed(ILogger logger, Exception error, int count, string queue);

    [LoggerMessage(EventId = 2210, Level = LogLevel.Information,
        Message = "Movement consumer started on queue {Queue} with up to {MaxConcurrentSessions} sessions at once")]
    public static partial void ConsumerStarted(ILogger logger, string queue, int maxConcurrentSessions);

    [LoggerMessage(EventId = 2211, Level = LogLevel.Information,
        Message = "Movement consumer on queue {Queue} is stopping; messages in progress finish first")]
    public static partial void ConsumerStopping(ILogger logger, string queue);

    [LoggerMessage(EventId = 2212, Level = LogLevel.Error,
        Message = "The Service Bus processor reported an error from {ErrorSource} on {EntityPath}; it keeps "
            + "receiving. Check the namespace, the queue and the app's access to them")]
    public static partial void ProcessorError(ILogger logger, Exception error, string errorSource, string entityPath);

    [LoggerMessage(EventId = 2220, Level = LogLevel.Debug,
        Message = "Completed message {MessageId} for SKU {Sku} after {DeliveryCount} deliveries")]
    public static partial void Completed(ILogger logger, string messageId, string sku, int deliveryCount);

    [LoggerMessage(EventId = 2221, Level = LogLevel.Warning,
        Message = "Abandoned message {MessageId} for SKU {Sku} at delivery {DeliveryCount} so it is delivered again: "
            + "{Reason}")]
    public static partial void Abandoned(ILogger logger, string messageId, string sku, int deliveryCount,
        string reason);

    [LoggerMessage(EventId = 2222, Level = LogLevel.Warning,
        Message = "Dead-lettered message {MessageId} for SKU {Sku} at delivery {DeliveryCount} ({ReasonCode}): "
            + "{Reason}")]
    public static partial void DeadLettered(ILogger logger, string messageId, string sku, int deliveryCount,
        string reasonCode, string reason);

    [LoggerMessage(EventId = 2223, Level = LogLevel.Error,
        Message = "Dead-lettered poison message {MessageId} in session {SessionId} at delivery {DeliveryCount}: "
            + "{Problem}")]
    public static partial void Poison(ILogger logger, string messageId, string? sessionId, int deliveryCount,
        string problem);

    [LoggerMessage(EventId = 2224, Level = LogLevel.Error,
        Message = "Processing message {MessageId} for SKU {Sku} failed unexpectedly at delivery {DeliveryCount}; it "
            + "was abandoned and will be delivered again, then dead-lettered by the queue if it keeps failing")]
    public static partial void Failed(ILogger logger, Exception error, string messageId, string sku,
        int deliveryCount);

    [LoggerMessage(EventId = 2225, Level = LogLevel.Information,
        Message = "Processing of message {MessageId} for SKU {Sku} was cancelled by shutdown; it was abandoned and "
            + "will be delivered again")]
    public static partial void Cancelled(ILogger logger, string messageId, string sku);
}

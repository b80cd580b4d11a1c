using Azure.Messaging.ServiceBus;

namespace Inventory.Azure.Messaging;

/// <summary>
/// Settles one received message. The handler settles through this rather than through the processor's event
/// arguments so that tests can check each settlement, and so that a <c>[ServiceBusTrigger]</c> function could pass
/// an adapter over its message actions instead.
/// </summary>
internal interface IMessageSettlement
{
    /// <summary>Removes the message from the queue: it was handled.</summary>
    Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Releases the message for another delivery. The broker counts deliveries and dead-letters the message itself
    /// once the queue's maximum delivery count is reached.
    /// </summary>
    Task AbandonMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken);

    /// <summary>Moves the message to the queue's dead letters with a reason code and a description.</summary>
    Task DeadLetterMessageAsync(
        ServiceBusReceivedMessage message, string reasonCode, string description, CancellationToken cancellationToken);
}

using Azure.Messaging.ServiceBus;

namespace Inventory.Azure.Messaging;

/// <summary>Settles messages through the session processor's event arguments (and so its session receiver).</summary>
internal sealed class SessionMessageSettlement(ProcessSessionMessageEventArgs args) : IMessageSettlement
{
    public Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken) =>
        args.CompleteMessageAsync(message, cancellationToken);

    public Task AbandonMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken) =>
        args.AbandonMessageAsync(message, propertiesToModify: null, cancellationToken);

    public Task DeadLetterMessageAsync(
        ServiceBusReceivedMessage message,
        string reasonCode,
        string description,
        CancellationToken cancellationToken) =>
        args.DeadLetterMessageAsync(message, reasonCode, description, cancellationToken);
}

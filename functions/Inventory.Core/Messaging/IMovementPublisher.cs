namespace Inventory.Core.Messaging;

/// <summary>
/// Puts accepted movements on the queue that feeds the event processor (Service Bus on Azure, the SQLite inbox
/// locally). When <see cref="PublishAsync"/> returns, every envelope is durable: the caller may acknowledge the
/// delivery. Publishing a message id twice keeps one message.
/// </summary>
public interface IMovementPublisher
{
    /// <summary>Durably accepts the envelopes, all or none.</summary>
    Task PublishAsync(IReadOnlyList<MovementEnvelope> envelopes, CancellationToken cancellationToken = default);
}

using Inventory.Core.Stock;

namespace Inventory.Core.Messaging;

/// <summary>
/// A movement on its way from intake to the stock store: the queue message body. Small and versioned, so a consumer
/// can refuse a shape it does not know instead of misreading it.
/// </summary>
/// <param name="SchemaVersion">The envelope's shape; <see cref="CurrentSchemaVersion"/> when written by this code.</param>
/// <param name="Movement">The movement to apply; its id is the message id (the dedupe key).</param>
/// <param name="Channel">The channel or system it came from.</param>
/// <param name="Topic">The webhook topic or operation that produced it.</param>
/// <param name="ReceivedAt">When the delivery that produced it arrived, for end-to-end latency.</param>
public sealed record MovementEnvelope(
    int SchemaVersion,
    Movement Movement,
    string Channel,
    string Topic,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The schema version this code writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The message id: the movement id, stable across redeliveries.</summary>
    public string MessageId => Movement.Id;

    /// <summary>The session (ordering) key: one SKU's movements are applied one at a time, in order.</summary>
    public string SessionId => Movement.Sku;

    /// <summary>Wraps a movement in the current schema.</summary>
    public static MovementEnvelope For(Movement movement, string channel, string topic, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(movement);
        return new(CurrentSchemaVersion, movement, channel, topic, receivedAt);
    }
}

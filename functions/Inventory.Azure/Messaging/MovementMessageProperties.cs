namespace Inventory.Azure.Messaging;

/// <summary>
/// The names of the application properties a movement message carries beside its body. They copy envelope fields so
/// that the dead letters and Service Bus Explorer can be filtered without reading bodies.
/// </summary>
internal static class MovementMessageProperties
{
    public const string SchemaVersion = "schemaVersion";

    public const string Channel = "channel";

    public const string Topic = "topic";

    public const string ContentType = "application/json";

    /// <summary>The dead-letter reason code of a message that cannot be read as a movement for its session.</summary>
    public const string PoisonReasonCode = "PoisonMessage";

    /// <summary>Service Bus refuses a dead-letter reason or description longer than this.</summary>
    public const int MaxDeadLetterTextLength = 4096;
}

namespace Inventory.Core.Messaging;

/// <summary>What the queue should do with a message after one processing attempt.</summary>
public enum ProcessingDecision
{
    /// <summary>Done (applied, or applied before): remove it.</summary>
    Complete = 1,

    /// <summary>A transient failure: deliver it again later.</summary>
    Retry,

    /// <summary>It can never succeed as it is: move it to the dead letters with the reason.</summary>
    DeadLetter,
}

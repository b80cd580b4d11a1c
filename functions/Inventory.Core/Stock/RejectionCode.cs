namespace Inventory.Core.Stock;

/// <summary>Why a movement was refused.</summary>
public enum RejectionCode
{
    /// <summary>The movement is malformed: see its validation failures.</summary>
    Invalid = 1,

    /// <summary>The movement would take a quantity state below zero.</summary>
    InsufficientQuantity,

    /// <summary>The movement id was already used by a movement with other content.</summary>
    IdReused,
}

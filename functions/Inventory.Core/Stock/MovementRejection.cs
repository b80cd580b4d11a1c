namespace Inventory.Core.Stock;

/// <summary>A refused movement: nothing changed. The message is a sentence a person can act on.</summary>
/// <param name="Code">Why it was refused.</param>
/// <param name="Message">What was wrong, for which SKU and location, and what to do.</param>
/// <param name="Failures">The invalid fields, for <see cref="RejectionCode.Invalid"/>.</param>
/// <param name="State">The quantity state that would go below zero, for <see cref="RejectionCode.InsufficientQuantity"/>.</param>
/// <param name="Current">That state's current quantity.</param>
/// <param name="Requested">The quantity the movement asked to take.</param>
public sealed record MovementRejection(
    RejectionCode Code,
    string Message,
    IReadOnlyList<ValidationFailure> Failures,
    string? State = null,
    int? Current = null,
    int? Requested = null);

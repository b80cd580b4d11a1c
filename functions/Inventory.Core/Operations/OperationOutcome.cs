using Inventory.Core.Stock;

namespace Inventory.Core.Operations;

/// <summary>The result of an operation that applies movements synchronously.</summary>
public sealed record OperationOutcome
{
    /// <summary>True when every movement was applied (or had been, for a replay).</summary>
    public bool Succeeded => Rejection is null && Failures.Count == 0 && !NotFound;

    /// <summary>The store's outcome of each movement, in order.</summary>
    public IReadOnlyList<ApplyOutcome> Movements { get; init; } = [];

    /// <summary>The refusal that stopped the operation, if any; nothing of the refused movement changed.</summary>
    public MovementRejection? Rejection { get; init; }

    /// <summary>Fields of the request at fault, if any; nothing changed.</summary>
    public IReadOnlyList<ValidationFailure> Failures { get; init; } = [];

    /// <summary>True when the purchase order or transfer named does not exist.</summary>
    public bool NotFound { get; init; }

    /// <summary>The purchase order or transfer document after the operation, where there is one.</summary>
    public object? Document { get; init; }

    /// <summary>A refusal because of bad input.</summary>
    public static OperationOutcome Invalid(params ValidationFailure[] failures) => new() { Failures = failures };
}

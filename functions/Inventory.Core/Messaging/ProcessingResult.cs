using Inventory.Core.Stock;

namespace Inventory.Core.Messaging;

/// <summary>The outcome of processing one queue message.</summary>
/// <param name="Decision">Complete, retry or dead-letter.</param>
/// <param name="Reason">For a dead letter or a retry: what was wrong, in a sentence a person can act on.</param>
/// <param name="Outcome">The store's outcome, when the movement reached the store.</param>
public sealed record ProcessingResult(ProcessingDecision Decision, string? Reason, ApplyOutcome? Outcome)
{
    /// <summary>A short machine-readable reason code for dead letters.</summary>
    public string? ReasonCode { get; init; }
}

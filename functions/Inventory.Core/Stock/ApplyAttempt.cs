namespace Inventory.Core.Stock;

/// <summary>What became of one movement of <see cref="IStockStore.ApplyInOrderAsync"/>.</summary>
/// <param name="Outcome">The store's outcome, when the movement was decided and its transaction committed.</param>
/// <param name="Error">Why it failed, when it did; nothing of it was written.</param>
public sealed record ApplyAttempt(ApplyOutcome? Outcome, Exception? Error)
{
    /// <summary>
    /// A movement left alone because an earlier movement of its SKU in the same call failed; nothing was written.
    /// </summary>
    public static ApplyAttempt NotAttempted { get; } = new(null, null);

    /// <summary>A movement that failed; nothing of it was written.</summary>
    public static ApplyAttempt Failed(Exception error) => new(null, error);

    /// <summary>A movement decided and committed.</summary>
    public static ApplyAttempt Done(ApplyOutcome outcome) => new(outcome, null);
}

using Inventory.Core.Stock;

namespace Inventory.Embedded.Stock;

/// <summary>Movements waiting for the writer, and whoever waits for their outcome.</summary>
internal abstract class PendingWork(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>How many movements it holds; the writer sizes its transactions by it.</summary>
    public abstract int Count { get; }

    /// <summary>Decides and writes its movements inside the writer's open transaction.</summary>
    /// <param name="decide">Decides and writes one movement; never throws for a bad movement.</param>
    public abstract void Write(Func<Movement, ApplyAttempt> decide);

    /// <summary>Answers the waiter once the transaction has committed.</summary>
    public abstract void Complete();

    /// <summary>Answers the waiter when the transaction failed: nothing of it was written.</summary>
    public abstract void Fail(Exception error);

    /// <summary>Answers the waiter that it was cancelled before the writer took it.</summary>
    public abstract void Cancel();
}

using Inventory.Core.Stock;

namespace Inventory.Embedded.Stock;

/// <summary>A movement waiting for the writer, and the caller waiting for its outcome.</summary>
internal sealed class PendingApply(Movement movement, CancellationToken cancellationToken)
{
    public Movement Movement { get; } = movement;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public TaskCompletionSource<ApplyOutcome> Completion { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}

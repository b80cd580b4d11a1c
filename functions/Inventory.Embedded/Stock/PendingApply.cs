using Inventory.Core.Stock;

namespace Inventory.Embedded.Stock;

/// <summary>A movement waiting for the writer, and the caller waiting for its outcome.</summary>
internal sealed class PendingApply(Movement movement, CancellationToken cancellationToken)
    : PendingWork(cancellationToken)
{
    private ApplyAttempt? _attempt;

    public TaskCompletionSource<ApplyOutcome> Completion { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override int Count => 1;

    public override void Write(Func<Movement, ApplyAttempt> decide) => _attempt = decide(movement);

    public override void Complete()
    {
        if (_attempt?.Outcome is { } outcome)
        {
            Completion.TrySetResult(outcome);
        }
        else
        {
            Completion.TrySetException(
                _attempt?.Error ?? new InvalidOperationException("The writer committed without deciding the movement."));
        }
    }

    public override void Fail(Exception error) => Completion.TrySetException(error);

    public override void Cancel() => Completion.TrySetCanceled(CancellationToken);
}

using Inventory.Core.Stock;

namespace Inventory.Embedded.Stock;

/// <summary>
/// Movements to apply in the order given, one waiter for all of them
/// (<see cref="SqliteStockStore.ApplyInOrderAsync"/>). They go into one transaction, so a round of the inbox consumer
/// costs one hand-over and one answer, not one a message.
/// </summary>
internal sealed class PendingInOrder(IReadOnlyList<Movement> movements, CancellationToken cancellationToken)
    : PendingWork(cancellationToken)
{
    private readonly ApplyAttempt[] _attempts = new ApplyAttempt[movements.Count];

    public TaskCompletionSource<IReadOnlyList<ApplyAttempt>> Completion { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override int Count => movements.Count;

    public override void Write(Func<Movement, ApplyAttempt> decide)
    {
        // A SKU whose movement failed keeps its later movements back: applying them would change the SKU's order.
        HashSet<string>? failed = null;
        for (var i = 0; i < _attempts.Length; i++)
        {
            var movement = movements[i];
            if (failed?.Contains(movement.Sku) == true)
            {
                _attempts[i] = ApplyAttempt.NotAttempted;
                continue;
            }

            _attempts[i] = decide(movement);
            if (_attempts[i].Error is not null)
            {
                (failed ??= new HashSet<string>(StringComparer.Ordinal)).Add(movement.Sku);
            }
        }
    }

    public override void Complete() => Completion.TrySetResult(_attempts);

    public override void Fail(Exception error) =>
        Completion.TrySetResult(Array.ConvertAll(_attempts, _ => ApplyAttempt.Failed(error)));

    public override void Cancel() => Completion.TrySetCanceled(CancellationToken);
}

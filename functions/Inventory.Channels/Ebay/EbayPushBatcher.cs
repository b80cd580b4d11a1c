using Inventory.Core.Sync;

namespace Inventory.Channels.Ebay;

/// <summary>
/// Gathers concurrent pushes into <c>bulk_update_price_quantity</c> calls of up to 25 SKUs. One drain loop runs at a
/// time: it waits the batch window, sends what has gathered, and goes on while pushes keep arriving, so pushes made
/// during a call ride the next one. A SKU appears at most once per call; a later push of the same SKU waits for the
/// next call, which keeps the order of pushes per SKU.
/// </summary>
internal sealed class EbayPushBatcher(
    Func<IReadOnlyList<EbayPendingPush>, Task> send, TimeSpan window, int maxBatchSize, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly List<EbayPendingPush> _waiting = [];
    private bool _draining;

    /// <summary>Queues the push and returns its own answer once the call carrying it is back.</summary>
    public Task<PushResult> EnqueueAsync(string sku, int quantity, CancellationToken cancellationToken)
    {
        var pending = new EbayPendingPush(sku, quantity);
        bool start;
        lock (_lock)
        {
            _waiting.Add(pending);
            start = !_draining;
            _draining = true;
        }

        if (start)
        {
            // The call is not tied to the first caller's cancellation: it carries other callers' pushes too.
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        if (window > TimeSpan.Zero)
        {
            await Task.Delay(window, time).ConfigureAwait(false);
        }

        while (Take() is { Count: > 0 } batch)
        {
            try
            {
                await send(batch).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever the call threw belongs to the pushes it carried, not to the drain loop.
            catch (Exception error)
#pragma warning restore CA1031
            {
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetResult(new PushResult(
                        PushStatus.Failed, null, null, $"The eBay bulk update failed: {error.GetType().Name}."));
                }
            }
        }
    }

    /// <summary>The next batch, or an empty one after which the loop has stopped.</summary>
    private List<EbayPendingPush> Take()
    {
        lock (_lock)
        {
            var batch = new List<EbayPendingPush>(Math.Min(maxBatchSize, _waiting.Count));
            var skus = new HashSet<string>(StringComparer.Ordinal);
            for (var index = 0; index < _waiting.Count && batch.Count < maxBatchSize; index++)
            {
                if (skus.Add(_waiting[index].Sku))
                {
                    batch.Add(_waiting[index]);
                    _waiting.RemoveAt(index--);
                }
            }

            if (batch.Count == 0)
            {
                _draining = false;
            }

            return batch;
        }
    }
}

namespace Inventory.Channels.Shopify;

/// <summary>
/// A local copy of Shopify's leaky bucket of query cost points. A call reserves its cost before it is sent and waits
/// while the bucket is short; each response's <c>throttleStatus</c> corrects the level, size and restore rate, so
/// calls from other apps on the same shop are accounted for too. Callers are served in the order they came
/// (<see cref="SemaphoreSlim"/> serves async waiters in order): without that, every waiter woke at the same refill and
/// whichever came first took it, so under steady load one SKU's pushes could wait for seconds while others went
/// through.
/// </summary>
internal sealed class ShopifyCostBucket(TimeProvider time, double size, double restoreRate) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _queue = new(1, 1);
    private double _size = size;
    private double _rate = restoreRate;
    private double _available = size;
    private long _stamp = time.GetTimestamp();

    /// <summary>Waits until <paramref name="cost"/> points are available and takes them.</summary>
    public async ValueTask AcquireAsync(double cost, CancellationToken cancellationToken)
    {
        await _queue.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (_lock)
                {
                    Refill();
                    var needed = Math.Min(cost, _size);
                    if (_available >= needed)
                    {
                        _available -= needed;
                        return;
                    }

                    wait = TimeSpan.FromSeconds((needed - _available) / _rate);
                }

                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _queue.Release();
        }
    }

    public void Dispose() => _queue.Dispose();

    /// <summary>Takes Shopify's own view: never more available than it reports.</summary>
    public void Observe(double currentlyAvailable, double restoreRate, double maximumAvailable)
    {
        lock (_lock)
        {
            Refill();
            if (maximumAvailable > 0)
            {
                _size = maximumAvailable;
            }

            if (restoreRate > 0)
            {
                _rate = restoreRate;
            }

            _available = Math.Min(_available, Math.Max(0, currentlyAvailable));
        }
    }

    /// <summary>How long until <paramref name="cost"/> points are back, going by Shopify's report.</summary>
    public TimeSpan TimeUntil(double cost)
    {
        lock (_lock)
        {
            Refill();
            return _available >= cost ? TimeSpan.Zero : TimeSpan.FromSeconds((cost - _available) / _rate);
        }
    }

    private void Refill()
    {
        var now = time.GetTimestamp();
        _available = Math.Min(_size, _available + (time.GetElapsedTime(_stamp, now).TotalSeconds * _rate));
        _stamp = now;
    }
}

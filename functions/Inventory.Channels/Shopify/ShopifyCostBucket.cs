namespace Inventory.Channels.Shopify;

/// <summary>
/// A local copy of Shopify's leaky bucket of query cost points. A call reserves its cost before it is sent and waits
/// while the bucket is short; each response's <c>throttleStatus</c> corrects the level, size and restore rate, so
/// calls from other apps on the same shop are accounted for too. Callers are served in the order they came
/// (<see cref="SemaphoreSlim"/> serves async waiters in order): without that, every waiter woke at the same refill and
/// whichever came first took it, so under steady load one SKU's pushes could wait for seconds while others went
/// through.
/// </summary>
/// <remarks>
/// Points can be reserved ahead of a call (<see cref="ReserveAsync"/>, a push lease taken before the stock is read).
/// Shopify has not charged them yet, so its reports are read less what is reserved and unsent, and a reservation
/// given back unsent returns its points: the local level never rises above what Shopify last reported plus refill.
/// </remarks>
internal sealed class ShopifyCostBucket(TimeProvider time, double size, double restoreRate) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _queue = new(1, 1);
    private double _size = size;
    private double _rate = restoreRate;
    private double _available = size;
    private double _reserved;
    private long _stamp = time.GetTimestamp();

    /// <summary>Waits until <paramref name="cost"/> points are available and takes them.</summary>
    public ValueTask AcquireAsync(double cost, CancellationToken cancellationToken) =>
        new(TakeAsync(cost, reserve: false, cancellationToken));

    /// <summary>
    /// Waits like <see cref="AcquireAsync"/> and holds the points as a lease for a call sent later: spending the lease
    /// (the call is sent) settles the reservation, disposing it unspent gives the points back.
    /// </summary>
    public async ValueTask<ShopifyCostLease> ReserveAsync(double cost, CancellationToken cancellationToken)
    {
        var taken = await TakeAsync(cost, reserve: true, cancellationToken).ConfigureAwait(false);
        return new ShopifyCostLease(this, taken);
    }

    /// <summary>A reserved call was sent: Shopify charges its points from now on, its reports include them.</summary>
    public void Settle(double reserved)
    {
        lock (_lock)
        {
            Refill();
            _reserved = Math.Max(0, _reserved - reserved);
        }
    }

    /// <summary>A reservation was given back unsent: Shopify never charged it, so its points are available again.
    /// </summary>
    public void Refund(double reserved)
    {
        lock (_lock)
        {
            Refill();
            _reserved = Math.Max(0, _reserved - reserved);
            _available = Math.Min(_size - _reserved, _available + reserved);
        }
    }

    /// <summary>
    /// Waits until the points are available and takes them, counting them as reserved (in the same lock, so no report
    /// is read in between) when <paramref name="reserve"/>; returns how many were taken.
    /// </summary>
    private async Task<double> TakeAsync(double cost, bool reserve, CancellationToken cancellationToken)
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
                        _reserved += reserve ? needed : 0;
                        return needed;
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

            // The report does not include reservations not sent yet: they are still to be charged.
            _available = Math.Min(_available, Math.Max(0, currentlyAvailable) - _reserved);
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
        _available = Math.Min(
            _size - _reserved, _available + (time.GetElapsedTime(_stamp, now).TotalSeconds * _rate));
        _stamp = now;
    }
}

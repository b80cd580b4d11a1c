using System.Threading.RateLimiting;

namespace Inventory.Channels.Common;

/// <summary>
/// A token bucket refilled continuously (rate × elapsed time) on <see cref="TimeProvider"/>, waiting callers served
/// in arrival order. The framework's <see cref="TokenBucketRateLimiter"/> adds tokens in steps on a fixed timer, so
/// right after a burst a tick can hand out one token more than a channel that meters continuously (SP-API) has
/// refilled, and that call is answered 429; this bucket never runs ahead of the channel's own.
/// </summary>
internal sealed class ContinuousTokenBucket : RateLimiter
{
    private readonly TimeProvider _time;
    private double _rate;
    private int _burst;
    private readonly int _queueLimit;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lock _lock = new();
    private double _tokens;
    private long _stamp;
    private long _lastUse;
    private int _waiting;
    private long _successful;
    private long _failed;

    public ContinuousTokenBucket(TimeProvider time, double requestsPerSecond, int burst, int queueLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        _time = time;
        _rate = requestsPerSecond;
        _burst = burst;
        _queueLimit = queueLimit;
        _tokens = burst;
        _stamp = time.GetTimestamp();
        _lastUse = _stamp;
    }

    /// <summary>The rate tokens are added at, per second.</summary>
    public double Rate
    {
        get
        {
            lock (_lock)
            {
                return _rate;
            }
        }
    }

    /// <summary>The clock the bucket refills on.</summary>
    public TimeProvider Time => _time;

    /// <summary>
    /// Slows the bucket to <paramref name="requestsPerSecond"/> if that is lower, never speeding it up. A channel that
    /// reports only its rate is assumed to allow a burst of about one second's worth, so the bucket shrinks to that
    /// too (at least one).
    /// </summary>
    public bool SlowTo(double requestsPerSecond)
    {
        lock (_lock)
        {
            if (requestsPerSecond <= 0 || requestsPerSecond >= _rate)
            {
                return false;
            }

            Refill();
            _rate = requestsPerSecond;
            _burst = Math.Min(_burst, Math.Max(1, (int)Math.Floor(requestsPerSecond)));
            _tokens = Math.Min(_tokens, _burst);
            return true;
        }
    }

    /// <summary>
    /// Puts back permits that were taken but never spent on a request (a push lease given back unused): the channel
    /// never charged them, so its own bucket is fuller than this one by as much. Never above the bucket's size.
    /// </summary>
    public void Refund(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permitCount);
        lock (_lock)
        {
            Refill();
            _tokens = Math.Min(_burst, _tokens + permitCount);
        }
    }

    public override TimeSpan? IdleDuration =>
        Volatile.Read(ref _waiting) > 0 ? null : _time.GetElapsedTime(Interlocked.Read(ref _lastUse));

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Refill();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = (long)_tokens,
                CurrentQueuedCount = Volatile.Read(ref _waiting),
                TotalSuccessfulLeases = Interlocked.Read(ref _successful),
                TotalFailedLeases = Interlocked.Read(ref _failed),
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Check(permitCount);
        lock (_lock)
        {
            Refill();
            if (Volatile.Read(ref _waiting) == 0 && TryTake(permitCount))
            {
                return Lease.Acquired;
            }

            return Fail(Wait(permitCount));
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(
        int permitCount, CancellationToken cancellationToken)
    {
        Check(permitCount);
        lock (_lock)
        {
            Refill();
            if (Volatile.Read(ref _waiting) == 0 && TryTake(permitCount))
            {
                return Lease.Acquired;
            }
        }

        if (Interlocked.Increment(ref _waiting) > _queueLimit)
        {
            Interlocked.Decrement(ref _waiting);
            lock (_lock)
            {
                Refill();
                return Fail(Wait(permitCount));
            }
        }

        try
        {
            await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                while (true)
                {
                    TimeSpan wait;
                    lock (_lock)
                    {
                        Refill();
                        if (TryTake(permitCount))
                        {
                            return Lease.Acquired;
                        }

                        wait = Wait(permitCount);
                    }

                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _turn.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _turn.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Check(int permitCount)
    {
        if (permitCount > _burst)
        {
            throw new ArgumentOutOfRangeException(
                nameof(permitCount), permitCount, "More permits were asked for than the bucket holds.");
        }
    }

    private bool TryTake(int permitCount)
    {
        if (_tokens < permitCount)
        {
            return false;
        }

        _tokens -= permitCount;
        Interlocked.Exchange(ref _lastUse, _stamp);
        Interlocked.Increment(ref _successful);
        return true;
    }

    private Lease Fail(TimeSpan retryAfter)
    {
        Interlocked.Increment(ref _failed);
        return new Lease(false, retryAfter);
    }

    private TimeSpan Wait(int permitCount) =>
        TimeSpan.FromSeconds(Math.Max(0, permitCount - _tokens) / _rate) + TimeSpan.FromMilliseconds(1);

    private void Refill()
    {
        var now = _time.GetTimestamp();
        _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_stamp, now).TotalSeconds * _rate));
        _stamp = now;
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static Lease Acquired { get; } = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames =>
            retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}

namespace Inventory.FakeMarketplaces;

/// <summary>A continuously refilled bucket: a channel's token bucket, or Shopify's leaky bucket of cost points.
/// </summary>
internal sealed class FakeRateLimit
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly double _rate;
    private readonly double _size;
    private readonly TimeSpan _grace;
    private double _available;
    private long _stamp;

    public FakeRateLimit(TimeProvider time, double rate, double size, TimeSpan grace)
    {
        _time = time;
        _rate = rate;
        _size = size;
        _grace = grace;
        _available = size;
        _stamp = time.GetTimestamp();
    }

    public double Rate => _rate;

    public double Size => _size;

    /// <summary>Takes <paramref name="cost"/> if the bucket holds it (less the grace); reports the level after.
    /// </summary>
    public bool TryTake(double cost, out double available, out TimeSpan wait)
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            _available = Math.Min(_size, _available + (_time.GetElapsedTime(_stamp, now).TotalSeconds * _rate));
            _stamp = now;
            if (_available + (_grace.TotalSeconds * _rate) >= cost)
            {
                // The grace is borrowed, not given: the bucket may go below zero and must refill from there.
                _available -= cost;
                available = Math.Max(0, _available);
                wait = TimeSpan.Zero;
                return true;
            }

            available = Math.Max(0, _available);
            wait = TimeSpan.FromSeconds((cost - _available) / _rate);
            return false;
        }
    }
}

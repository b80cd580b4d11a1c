namespace Inventory.Core.Sync;

/// <summary>
/// A channel's permission to send one push (a token of its rate limit, or Shopify's query cost), taken before the
/// stock is read for that push: the wait for the channel comes first and the read after it, so the quantity sent is
/// not as old as the wait. The push's first attempt spends the lease instead of waiting for a permission of its own;
/// retries wait for their own.
/// </summary>
/// <remarks>
/// Disposing a lease that was not spent gives the permission back: a sync that ends without a call (nothing changed,
/// a newer version got there first, an open circuit) costs the channel's budget nothing. A lease is spent or given
/// back once; either is safe to try from several threads.
/// </remarks>
public abstract class ChannelPushLease : IDisposable
{
    private const int Held = 0;
    private const int Spent = 1;
    private const int Returned = 2;

    private int _state;

    /// <summary>Creates a lease that holds its permission until it is spent or disposed.</summary>
    protected ChannelPushLease()
    {
    }

    private ChannelPushLease(int state) => _state = state;

    /// <summary>
    /// A lease that holds nothing: the push waits for the channel itself. Clients that pace pushes another way give
    /// it (eBay gathers them into batch calls), and so does a limiter that refused to queue another caller.
    /// </summary>
    public static ChannelPushLease None { get; } = new Nothing();

    /// <summary>Whether the lease still holds a permission: neither spent nor given back.</summary>
    public bool IsHeld => Volatile.Read(ref _state) == Held;

    /// <summary>
    /// Spends the lease on the attempt about to be sent. True once for a held lease; false when it was spent or given
    /// back already, and always for <see cref="None"/>.
    /// </summary>
    public bool TrySpend()
    {
        if (Interlocked.CompareExchange(ref _state, Spent, Held) != Held)
        {
            return false;
        }

        OnSpent();
        return true;
    }

    /// <summary>Gives the permission back if it was not spent.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Gives the permission back if it was not spent.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && Interlocked.CompareExchange(ref _state, Returned, Held) == Held)
        {
            GiveBack();
        }
    }

    /// <summary>Called once when the lease is spent; a limiter that counts reservations settles it here.</summary>
    protected virtual void OnSpent()
    {
    }

    /// <summary>Called once when a lease that was not spent is disposed: hands the permission back to its limiter.
    /// </summary>
    protected abstract void GiveBack();

    private sealed class Nothing() : ChannelPushLease(Returned)
    {
        protected override void GiveBack()
        {
        }
    }
}

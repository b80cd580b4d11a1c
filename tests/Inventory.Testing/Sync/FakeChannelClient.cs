using Inventory.Core.Sync;

namespace Inventory.Testing.Sync;

/// <summary>
/// A marketplace in memory: keeps one quantity per SKU, honours the expected quantity (compare-and-set) like Shopify's
/// <c>changeFromQuantity</c>, and can be scripted to answer a push otherwise, or to hold a push until released. It
/// gives push leases that count how they were spent or given back, and can hold them too.
/// </summary>
public sealed class FakeChannelClient(string channel) : IChannelInventoryClient
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _quantities = new(StringComparer.Ordinal);
    private readonly Queue<Func<ChannelPush, PushResult?>> _script = new();
    private readonly List<ChannelPush> _pushes = [];
    private readonly List<ChannelPush> _pushesOnLease = [];
    private TaskCompletionSource? _hold;
    private TaskCompletionSource? _leaseHold;
    private Exception? _readFailure;
    private Exception? _leaseFailure;
    private int _inFlight;
    private int _leaseRequests;
    private int _leasesGivenBack;

    public string Channel { get; } = channel;

    /// <summary>Whether the channel counts as configured; true unless a test says otherwise.</summary>
    public bool IsConfigured { get; set; } = true;

    /// <summary>Every push received, in order.</summary>
    public IReadOnlyList<ChannelPush> Pushes
    {
        get
        {
            lock (_gate)
            {
                return [.. _pushes];
            }
        }
    }

    /// <summary>The pushes whose first attempt was sent on a lease, in order.</summary>
    public IReadOnlyList<ChannelPush> PushesOnLease
    {
        get
        {
            lock (_gate)
            {
                return [.. _pushesOnLease];
            }
        }
    }

    /// <summary>How many leases were asked for.</summary>
    public int LeaseRequests => Volatile.Read(ref _leaseRequests);

    /// <summary>How many leases were disposed without being spent.</summary>
    public int LeasesGivenBack => Volatile.Read(ref _leasesGivenBack);

    /// <summary>Completes when a lease has been asked for while leases are held.</summary>
    public TaskCompletionSource LeaseRequested { get; private set; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The most pushes that were in flight at once.</summary>
    public int MaxInFlight { get; private set; }

    /// <summary>Completes when a held push has arrived.</summary>
    public TaskCompletionSource PushArrived { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Sets the quantity the channel shows, as if someone typed it in the channel's admin.</summary>
    public void SetQuantity(string sku, int quantity)
    {
        lock (_gate)
        {
            _quantities[sku] = quantity;
        }
    }

    /// <summary>The quantity the channel shows; null when never set.</summary>
    public int? QuantityOf(string sku)
    {
        lock (_gate)
        {
            return _quantities.TryGetValue(sku, out var quantity) ? quantity : null;
        }
    }

    /// <summary>Answers the next push with this result (null from the function: behave normally).</summary>
    public void ThenAnswer(Func<ChannelPush, PushResult?> answer)
    {
        lock (_gate)
        {
            _script.Enqueue(answer);
        }
    }

    /// <summary>Holds every push until <see cref="Release"/>.</summary>
    public void Hold()
    {
        lock (_gate)
        {
            _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            PushArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Lets held pushes through and stops holding.</summary>
    public void Release()
    {
        TaskCompletionSource? hold;
        lock (_gate)
        {
            hold = _hold;
            _hold = null;
        }

        hold?.TrySetResult();
    }

    /// <summary>Holds every lease asked for until <see cref="ReleaseLeases"/>, as a channel's rate limit would.
    /// </summary>
    public void HoldLeases()
    {
        lock (_gate)
        {
            _leaseHold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            LeaseRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Grants the held leases and stops holding.</summary>
    public void ReleaseLeases()
    {
        TaskCompletionSource? hold;
        lock (_gate)
        {
            hold = _leaseHold;
            _leaseHold = null;
        }

        hold?.TrySetResult();
    }

    /// <summary>Makes every later lease request throw this error.</summary>
    public void FailLeasesWith(Exception error)
    {
        lock (_gate)
        {
            _leaseFailure = error;
        }
    }

    public async ValueTask<ChannelPushLease> AcquirePushLeaseAsync(CancellationToken cancellationToken)
    {
        Task? hold;
        lock (_gate)
        {
            _leaseRequests++;
            if (_leaseFailure is { } error)
            {
                throw error;
            }

            hold = _leaseHold?.Task;
            LeaseRequested.TrySetResult();
        }

        if (hold is not null)
        {
            await hold.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new CountingLease(this);
    }

    public Task<PushResult> PushAsync(ChannelPush push, ChannelPushLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        ArgumentNullException.ThrowIfNull(lease);
        if (lease is CountingLease own && own.IsFrom(this) && lease.TrySpend())
        {
            lock (_gate)
            {
                _pushesOnLease.Add(push);
            }
        }

        return PushAsync(push, cancellationToken);
    }

    public async Task<PushResult> PushAsync(ChannelPush push, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        Task? hold;
        lock (_gate)
        {
            _pushes.Add(push);
            MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
            hold = _hold?.Task;
            PushArrived.TrySetResult();
        }

        try
        {
            if (hold is not null)
            {
                await hold.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            lock (_gate)
            {
                if (_script.TryDequeue(out var answer) && answer(push) is { } scripted)
                {
                    return scripted;
                }

                var current = _quantities.TryGetValue(push.Sku, out var quantity) ? quantity : (int?)null;
                if (push.ExpectedChannelQuantity is { } expected && current is { } now && now != expected)
                {
                    return new PushResult(PushStatus.StaleCompare, now, null, $"expected {expected}, found {now}");
                }

                _quantities[push.Sku] = push.Quantity;
                return PushResult.Accepted(push.Quantity);
            }
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
            }
        }
    }

    /// <summary>Makes every later read throw this error, as a channel that is down would.</summary>
    public void FailReadsWith(Exception error)
    {
        lock (_gate)
        {
            _readFailure = error;
        }
    }

    public Task<int?> ReadQuantityAsync(string sku, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _readFailure is { } error ? Task.FromException<int?>(error) : Task.FromResult(QuantityOf(sku));
        }
    }

    private sealed class CountingLease(FakeChannelClient client) : ChannelPushLease
    {
        public bool IsFrom(FakeChannelClient owner) => ReferenceEquals(client, owner);

        protected override void GiveBack() => Interlocked.Increment(ref client._leasesGivenBack);
    }
}

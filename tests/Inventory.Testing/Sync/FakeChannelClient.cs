using Inventory.Core.Sync;

namespace Inventory.Testing.Sync;

/// <summary>
/// A marketplace in memory: keeps one quantity per SKU, honours the expected quantity (compare-and-set) like Shopify's
/// <c>changeFromQuantity</c>, and can be scripted to answer a push otherwise, or to hold a push until released.
/// </summary>
public sealed class FakeChannelClient(string channel) : IChannelInventoryClient
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _quantities = new(StringComparer.Ordinal);
    private readonly Queue<Func<ChannelPush, PushResult?>> _script = new();
    private readonly List<ChannelPush> _pushes = [];
    private TaskCompletionSource? _hold;
    private Exception? _readFailure;
    private int _inFlight;

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
}

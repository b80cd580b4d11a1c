using System.Collections.Concurrent;

namespace Inventory.FakeMarketplaces;

/// <summary>
/// What the fakes hold and saw: the quantity per channel and item, every request, every accepted push, every
/// throttled call and every injected fault. Safe to read while the server runs.
/// </summary>
public sealed class FakeMarketplaceState
{
    private readonly ConcurrentDictionary<(string Channel, string Item), int> _quantities = new();
    private readonly ConcurrentDictionary<string, int> _tokenRequests = new(StringComparer.Ordinal);
    private readonly Bounded<RecordedRequest> _requests;
    private readonly Bounded<AcceptedPush> _pushes;
    private readonly Bounded<ThrottleRecord> _throttles;
    private readonly Bounded<InjectedFault> _faults;

    internal FakeMarketplaceState(int maxRecords)
    {
        _requests = new Bounded<RecordedRequest>(maxRecords);
        _pushes = new Bounded<AcceptedPush>(maxRecords);
        _throttles = new Bounded<ThrottleRecord>(maxRecords);
        _faults = new Bounded<InjectedFault>(maxRecords);
    }

    /// <summary>Every request to an inventory or token endpoint, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.Snapshot();

    /// <summary>Every quantity taken, oldest first.</summary>
    public IReadOnlyList<AcceptedPush> AcceptedPushes => _pushes.Snapshot();

    /// <summary>Every call refused for exceeding a rate limit, oldest first.</summary>
    public IReadOnlyList<ThrottleRecord> Throttles => _throttles.Snapshot();

    /// <summary>Every injected fault, oldest first.</summary>
    public IReadOnlyList<InjectedFault> Faults => _faults.Snapshot();

    /// <summary>The quantity a channel holds for an item, or null when it holds none.</summary>
    public int? Quantity(string channel, string item) =>
        _quantities.TryGetValue((channel, item), out var quantity) ? quantity : null;

    /// <summary>Sets what a channel holds, as if set on the channel itself (no push is recorded).</summary>
    public void SetQuantity(string channel, string item, int quantity) => _quantities[(channel, item)] = quantity;

    /// <summary>Tokens issued by a channel's token endpoint.</summary>
    public int TokenRequests(string channel) => _tokenRequests.TryGetValue(channel, out var count) ? count : 0;

    /// <summary>Forgets every record (quantities are kept).</summary>
    public void ClearRecords()
    {
        _requests.Clear();
        _pushes.Clear();
        _throttles.Clear();
        _faults.Clear();
    }

    internal IEnumerable<(string Item, int Quantity)> ItemsOf(string channel) =>
        _quantities.Where(q => q.Key.Channel == channel).Select(q => (q.Key.Item, q.Value));

    internal void Record(RecordedRequest request) => _requests.Add(request);

    internal void Accept(AcceptedPush push)
    {
        _quantities[(push.Channel, push.Item)] = push.Quantity;
        _pushes.Add(push);
    }

    internal void Throttled(ThrottleRecord record) => _throttles.Add(record);

    internal void Injected(InjectedFault fault) => _faults.Add(fault);

    internal void TokenIssued(string channel) => _tokenRequests.AddOrUpdate(channel, 1, (_, count) => count + 1);

    /// <summary>Lowers a quantity by one, as a sale on the channel would; returns whether there was one.</summary>
    internal bool SellOne(string channel, string item)
    {
        while (_quantities.TryGetValue((channel, item), out var quantity))
        {
            if (_quantities.TryUpdate((channel, item), Math.Max(0, quantity - 1), quantity))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Bounded<T>(int capacity)
    {
        private readonly ConcurrentQueue<T> _items = new();

        public void Add(T item)
        {
            _items.Enqueue(item);
            while (_items.Count > capacity && _items.TryDequeue(out _))
            {
            }
        }

        public T[] Snapshot() => _items.ToArray();

        public void Clear() => _items.Clear();
    }
}

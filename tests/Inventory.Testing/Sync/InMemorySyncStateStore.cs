using System.Globalization;
using Inventory.Core.Sync;

namespace Inventory.Testing.Sync;

/// <summary>A sync state store in memory that keeps the port's promises; one lock serialises every call.</summary>
public sealed class InMemorySyncStateStore : ISyncStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Sku, string Channel), StoredSyncState> _states = [];
    private long _etags;

    /// <summary>How many writes were refused as stale.</summary>
    public int StaleWrites { get; private set; }

    public Task<StoredSyncState?> GetAsync(string channel, string sku, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.GetValueOrDefault((sku, channel)));
        }
    }

    public Task<IReadOnlyList<StoredSyncState>> ListAsync(string sku, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<StoredSyncState> states = _states
                .Where(pair => pair.Key.Sku == sku)
                .OrderBy(pair => pair.Key.Channel, StringComparer.Ordinal)
                .Select(pair => pair.Value)
                .ToArray();
            return Task.FromResult(states);
        }
    }

    public Task<IReadOnlyList<StoredSyncState>> ListChangedSinceAsync(
        DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<StoredSyncState> states = _states.Values
                .Where(s => s.State.ChangedAt >= since)
                .OrderByDescending(s => s.State.ChangedAt)
                .Take(limit)
                .ToArray();
            return Task.FromResult(states);
        }
    }

    public Task<SyncStatePage> ListPageAsync(
        string? continuation, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var skip = continuation is null ? 0 : int.Parse(continuation, CultureInfo.InvariantCulture);
            var ordered = _states
                .OrderBy(pair => pair.Key.Sku, StringComparer.Ordinal)
                .ThenBy(pair => pair.Key.Channel, StringComparer.Ordinal)
                .Select(pair => pair.Value)
                .ToArray();
            var page = ordered.Skip(skip).Take(limit).ToArray();
            var next = skip + page.Length < ordered.Length
                ? (skip + page.Length).ToString(CultureInfo.InvariantCulture)
                : null;
            return Task.FromResult(new SyncStatePage(page, next));
        }
    }

    public Task<SyncStateWriteResult> WriteAsync(
        ChannelSyncState state, string? etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            var key = (state.Sku, state.Channel);
            if (_states.TryGetValue(key, out var current))
            {
                if (etag != current.ETag)
                {
                    return Task.FromResult(SyncStateWriteResult.Conflict);
                }

                if (state.Version < current.State.Version || state.PublishedVersion < current.State.PublishedVersion)
                {
                    StaleWrites++;
                    return Task.FromResult(SyncStateWriteResult.Stale);
                }
            }
            else if (etag is not null)
            {
                return Task.FromResult(SyncStateWriteResult.Conflict);
            }

            var next = (++_etags).ToString(CultureInfo.InvariantCulture);
            _states[key] = new StoredSyncState(state, next);
            return Task.FromResult(SyncStateWriteResult.Written(next));
        }
    }
}

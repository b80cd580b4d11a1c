using System.Globalization;
using Inventory.Core.Stock;

namespace Inventory.Testing.Stock;

/// <summary>
/// A stock store in memory, for tests of code that sits above the store. It decides with the real
/// <see cref="StockLedger"/> and keeps the port's promises (idempotent by movement id, a reused id with other content
/// refused, ledger newest first with paging, oversells listed); one lock serialises every call, which is all the
/// atomicity a test needs.
/// </summary>
public sealed class InMemoryStockStore(TimeProvider time) : IStockStore
{
    private const string ContinuationPrefix = "memory-ledger:";

    private readonly Lock _gate = new();
    private readonly Dictionary<StockKey, StockPosition> _positions = [];
    private readonly Dictionary<string, LedgerEntry> _entriesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OversellIncident> _incidentsById = new(StringComparer.Ordinal);

    // The ledger and the oversells in the order they were recorded; an entry's index is its sequence number.
    private readonly List<LedgerEntry> _ledger = [];
    private readonly List<OversellIncident> _oversells = [];

    /// <summary>How many times <see cref="ApplyAsync"/> was called, duplicates and refusals included.</summary>
    public int ApplyCalls { get; private set; }

    /// <inheritdoc />
    public Task<ApplyOutcome> ApplyAsync(Movement movement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movement);
        cancellationToken.ThrowIfCancellationRequested();

        lock (_gate)
        {
            ApplyCalls++;
            var position = _positions.GetValueOrDefault(movement.Key) ?? StockPosition.Empty(movement.Key);

            if (_entriesById.TryGetValue(movement.Id, out var existing))
            {
                var outcome = MovementFingerprint.Of(movement) == existing.Fingerprint
                    ? ApplyOutcome.Duplicate(existing, _incidentsById.GetValueOrDefault(movement.Id))
                    : ApplyOutcome.Rejected(position, StockLedger.IdReused(movement, existing));
                return Task.FromResult(outcome);
            }

            var decision = StockLedger.Decide(position, movement, time.GetUtcNow());
            if (!decision.IsApplied)
            {
                return Task.FromResult(ApplyOutcome.Rejected(position, decision.Rejection!));
            }

            _positions[movement.Key] = decision.After!;
            _entriesById[movement.Id] = decision.Entry!;
            _ledger.Add(decision.Entry!);
            if (decision.Oversell is { } incident)
            {
                _incidentsById[movement.Id] = incident;
                _oversells.Add(incident);
            }

            return Task.FromResult(ApplyOutcome.Applied(decision.Entry!, decision.Oversell));
        }
    }

    /// <inheritdoc />
    public Task<StockPosition?> GetPositionAsync(StockKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_positions.GetValueOrDefault(key));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StockPosition>> GetPositionsAsync(
        string sku, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<StockPosition> positions = _positions.Values
                .Where(p => p.Key.Sku == sku)
                .OrderBy(p => p.Key.Location, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(positions);
        }
    }

    /// <inheritdoc />
    public Task<LedgerPage> GetLedgerAsync(
        string sku, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        var before = continuation is null ? int.MaxValue : DecodeContinuation(continuation);

        lock (_gate)
        {
            var entries = new List<LedgerEntry>(pageSize);
            var last = 0;
            var more = false;
            for (var seq = Math.Min(before, _ledger.Count) - 1; seq >= 0; seq--)
            {
                if (_ledger[seq].Sku != sku)
                {
                    continue;
                }

                if (entries.Count == pageSize)
                {
                    more = true;
                    break;
                }

                entries.Add(_ledger[seq]);
                last = seq;
            }

            var next = more ? ContinuationPrefix + last.ToString(CultureInfo.InvariantCulture) : null;
            return Task.FromResult(new LedgerPage(entries, next));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OversellIncident>> ListOversellsAsync(
        OversellQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            IReadOnlyList<OversellIncident> incidents = Enumerable.Reverse(_oversells)
                .Where(i => i.RecordedAt >= query.Since && (query.Sku is null || i.Sku == query.Sku))
                .Take(Math.Clamp(query.Limit, 1, 10_000))
                .ToList();
            return Task.FromResult(incidents);
        }
    }

    private static int DecodeContinuation(string continuation)
    {
        if (continuation.StartsWith(ContinuationPrefix, StringComparison.Ordinal)
            && int.TryParse(
                continuation.AsSpan(ContinuationPrefix.Length),
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var seq))
        {
            return seq;
        }

        throw new ArgumentException(
            "The continuation token is not one this ledger issued; start again without it.", nameof(continuation));
    }
}

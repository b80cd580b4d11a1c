using System.Diagnostics;
using Inventory.Core.Stock;
using Microsoft.Extensions.Logging;

namespace Inventory.Core.Planning;

/// <summary>
/// Rolls one UTC day of the ledger up into daily facts: demand per SKU x channel x location and an end-of-day
/// position per SKU x location. The day starts from the previous day's position facts, so only that day's entries
/// are read; when the previous day is missing, its end is rebuilt from the whole ledger once. Idempotent: a re-run
/// reads the same entries and replaces the day.
/// </summary>
public sealed class NightlyRollup
{
    /// <summary>The channel named on demand whose movement carried no source.</summary>
    public const string UnknownChannel = "unknown";

    private readonly IPlanningLedgerReader _ledger;
    private readonly IDailyFactStore _facts;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the use case over its ports.</summary>
    public NightlyRollup(
        IPlanningLedgerReader ledger, IDailyFactStore facts, TimeProvider time, ILogger<NightlyRollup> logger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _ledger = ledger;
        _facts = facts;
        _time = time;
        _logger = logger;
    }

    /// <summary>Rolls up the entries recorded on <paramref name="date"/> (UTC) and writes that day's facts.</summary>
    public async Task<RollupSummary> RunAsync(
        DateOnly date, IProgress<PlanningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var dayStart = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var positions = new Dictionary<StockKey, RollupPosition>();
        var bootstrapped = !await _facts.HasDayAsync(date.AddDays(-1), cancellationToken).ConfigureAwait(false);
        if (bootstrapped)
        {
            PlanningLog.Bootstrapped(_logger, date);
            await RebuildStartAsync(positions, dayStart, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var previous = date.AddDays(-1);
            await foreach (var fact in _facts.ReadPositionsAsync(previous, previous, cancellationToken)
                               .ConfigureAwait(false))
            {
                var start = new StockQuantities(
                    fact.OnHand, fact.Committed, fact.Unavailable, fact.Incoming, fact.InTransit);
                positions[new StockKey(fact.Sku, fact.Location)] = new RollupPosition(start, fact.InventoryValue, true);
            }
        }

        var demand = new Dictionary<(string Sku, string Channel, string Location), RollupDemand>();
        long entries = 0;
        await foreach (var entry in _ledger.ReadRecordedAsync(dayStart, dayStart.AddDays(1), cancellationToken)
                           .ConfigureAwait(false))
        {
            entries++;
            var key = new StockKey(entry.Sku, entry.Location);
            if (!positions.TryGetValue(key, out var position))
            {
                position = new RollupPosition(StockQuantities.Zero, 0m, false);
                positions[key] = position;
            }

            position.Apply(entry);
            if (RollupDemand.Counts(entry.Kind))
            {
                var demandKey = (entry.Sku, entry.Source?.Channel ?? UnknownChannel, entry.Location);
                if (!demand.TryGetValue(demandKey, out var line))
                {
                    line = new RollupDemand();
                    demand[demandKey] = line;
                }

                line.Apply(entry);
            }

            if (entries % 100_000 == 0)
            {
                progress?.Report(new PlanningProgress("rolling up ledger", entries, 0));
            }
        }

        var demandFacts = demand
            .Select(pair => pair.Value.ToFact(date, pair.Key.Sku, pair.Key.Channel, pair.Key.Location))
            .OrderBy(f => f.Sku, StringComparer.Ordinal).ThenBy(f => f.Location, StringComparer.Ordinal)
            .ThenBy(f => f.Channel, StringComparer.Ordinal)
            .ToArray();
        var positionFacts = positions
            .Select(pair => pair.Value.ToFact(date, pair.Key))
            .OrderBy(f => f.Sku, StringComparer.Ordinal).ThenBy(f => f.Location, StringComparer.Ordinal)
            .ToArray();
        await _facts.WriteDayAsync(date, demandFacts, positionFacts, cancellationToken).ConfigureAwait(false);

        var elapsed = _time.GetElapsedTime(started);
        PlanningLog.RolledUp(
            _logger, date, entries, demandFacts.Length, positionFacts.Length, (long)elapsed.TotalMilliseconds);
        return new RollupSummary(date, entries, demandFacts.Length, positionFacts.Length, bootstrapped, elapsed);
    }

    // The end of the day before: each position's last quantities and the sum of its value changes. Read once,
    // when the roll-up starts without a previous day.
    private async Task RebuildStartAsync(
        Dictionary<StockKey, RollupPosition> positions, DateTimeOffset dayStart, CancellationToken cancellationToken)
    {
        var states = new Dictionary<StockKey, (StockQuantities Quantities, decimal Value)>();
        await foreach (var entry in _ledger.ReadRecordedAsync(DateTimeOffset.MinValue, dayStart, cancellationToken)
                           .ConfigureAwait(false))
        {
            var key = new StockKey(entry.Sku, entry.Location);
            var value = states.TryGetValue(key, out var state) ? state.Value : 0m;
            states[key] = (entry.QuantitiesAfter, value + entry.ValueDelta);
        }

        foreach (var (key, state) in states)
        {
            positions[key] = new RollupPosition(state.Quantities, state.Value, true);
        }
    }
}

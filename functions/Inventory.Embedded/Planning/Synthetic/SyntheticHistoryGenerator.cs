using System.Globalization;
using Inventory.Core.Catalog;
using Inventory.Core.Planning;
using Inventory.Core.Stock;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Planning.Synthetic;

/// <summary>
/// Fills a stock store with a realistic history, day by day, through the same movements real events make: order
/// lines placed per channel, some cancelled, shipped while stock lasts, returns, damage, and purchase orders placed
/// by a reorder-point policy and received after a lead time that runs late or early. After each day the nightly
/// roll-up turns that day's ledger into daily facts. Meant for demo scale (up to a few thousand SKUs); for larger
/// catalogs <see cref="SyntheticFactWriter"/> writes the daily facts directly.
/// </summary>
public sealed class SyntheticHistoryGenerator
{
    private const int ApplyChunk = 4096;

    private readonly IStockStore _stock;
    private readonly ICatalogStore _catalog;
    private readonly NightlyRollup _rollup;
    private readonly SyntheticClock _clock;
    private long _movements;
    private long _refused;
    private long _ids;

    /// <summary>Creates a generator.</summary>
    /// <param name="stock">The stock store to fill; it must have been created with <paramref name="clock"/>.</param>
    /// <param name="catalog">The catalog to fill.</param>
    /// <param name="rollup">The roll-up run after each day.</param>
    /// <param name="clock">The clock the stock store records with; the generator moves it.</param>
    public SyntheticHistoryGenerator(IStockStore stock, ICatalogStore catalog, NightlyRollup rollup, SyntheticClock clock)
    {
        ArgumentNullException.ThrowIfNull(stock);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(rollup);
        ArgumentNullException.ThrowIfNull(clock);
        _stock = stock;
        _catalog = catalog;
        _rollup = rollup;
        _clock = clock;
    }

    /// <summary>
    /// The whole demo set-up in one call: opens the embedded stock store and catalog in <paramref name="store"/>'s
    /// database, the daily facts in <paramref name="export"/>'s folder, and generates the history.
    /// </summary>
    /// <param name="store">Where the embedded database is.</param>
    /// <param name="export">Where the daily facts (and later the reports) go.</param>
    /// <param name="options">What to generate.</param>
    /// <param name="time">The real clock: the history ends yesterday by it unless the options say otherwise.</param>
    /// <param name="loggers">Loggers for the store and roll-up; null for none.</param>
    /// <param name="progress">Receives one report a day; may be null.</param>
    /// <param name="cancellationToken">Stops after the current day.</param>
    public static async Task<SyntheticHistorySummary> GenerateAsync(
        SqliteStoreOptions store,
        PlanningExportOptions export,
        SyntheticHistoryOptions options,
        TimeProvider time,
        ILoggerFactory? loggers = null,
        IProgress<PlanningProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        loggers ??= NullLoggerFactory.Instance;

        var last = LastDayOf(options, time);
        var clock = new SyntheticClock(Midnight(last.AddDays(-(options.Days - 1))));
        var stock = new SqliteStockStore(Options.Create(store), clock, loggers.CreateLogger<SqliteStockStore>());
        await using (stock.ConfigureAwait(false))
        {
            var rollup = new NightlyRollup(
                new SqlitePlanningLedgerReader(Options.Create(store)),
                new FileDailyFactStore(Options.Create(export)),
                clock,
                loggers.CreateLogger<NightlyRollup>());
            var generator = new SyntheticHistoryGenerator(stock, new SqliteCatalogStore(Options.Create(store)), rollup, clock);
            return await generator.GenerateAsync(options, time, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Generates the history and rolls up each day.</summary>
    /// <param name="options">What to generate.</param>
    /// <param name="time">The real clock, for the default last day (yesterday).</param>
    /// <param name="progress">Receives one report a day; may be null.</param>
    /// <param name="cancellationToken">Stops after the current day.</param>
    public async Task<SyntheticHistorySummary> GenerateAsync(
        SyntheticHistoryOptions options,
        TimeProvider time,
        IProgress<PlanningProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var model = new SyntheticModel(options, LastDayOf(options, time));
        await _catalog.PutAsync(model.Catalog.ToArray(), cancellationToken).ConfigureAwait(false);

        var positions = new SyntheticPosition[options.Skus * model.Locations.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new SyntheticPosition();
        }

        for (var t = 0; t < options.Days; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var random = SyntheticRandom.For(options.Seed, t + 1);
            await SimulateDayAsync(model, positions, t, random, cancellationToken).ConfigureAwait(false);
            await _rollup.RunAsync(model.FirstDay.AddDays(t), null, cancellationToken).ConfigureAwait(false);
            progress?.Report(new PlanningProgress("generating days", t + 1, options.Days));
        }

        return new SyntheticHistorySummary(
            model.FirstDay, model.LastDay, options.Skus, model.Locations, SyntheticModel.Channels, _movements,
            _refused, model.Events);
    }

    internal static DateOnly LastDayOf(SyntheticHistoryOptions options, TimeProvider time) =>
        options.LastDay ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private async Task SimulateDayAsync(
        SyntheticModel model, SyntheticPosition[] positions, int t, SyntheticRandom random, CancellationToken ct)
    {
        var day = model.FirstDay.AddDays(t);
        var midnight = Midnight(day);
        var occurred = midnight.AddHours(12);
        var locations = model.Locations.Count;
        var receipts = new List<Movement>();
        var commits = new List<Movement>();
        var cancels = new List<Movement>();
        var ships = new List<Movement>();
        var returns = new List<Movement>();
        var orders = new List<Movement>();

        for (var s = 0; s < model.Catalog.Count; s++)
        {
            var item = model.Catalog[s];
            for (var l = 0; l < locations; l++)
            {
                var p = positions[(s * locations) + l];
                var location = model.Locations[l];
                Receive(item, location, p, t, occurred, receipts);
                for (var c = 0; c < SyntheticModel.Channels.Length; c++)
                {
                    PlaceLines(item, location, p, c, random.Poisson(model.Rate(s, l, c, t)), t, random, occurred, commits);
                }

                Cancel(item, location, p, t, random, occurred, cancels);
                Ship(item, location, p, occurred, ships);
                ReturnAndDamage(model, item, location, p, s, l, t, random, occurred, returns);
                Reorder(model, item, location, p, s, l, t, random, occurred, orders);
            }
        }

        // Each phase at its own hour, in the order a warehouse day runs; within a phase movements commute.
        await ApplyAsync(receipts, midnight.AddHours(1), ct).ConfigureAwait(false);
        await ApplyAsync(commits, midnight.AddHours(8), ct).ConfigureAwait(false);
        await ApplyAsync(cancels, midnight.AddHours(12), ct).ConfigureAwait(false);
        await ApplyAsync(ships, midnight.AddHours(16), ct).ConfigureAwait(false);
        await ApplyAsync(returns, midnight.AddHours(20), ct).ConfigureAwait(false);
        await ApplyAsync(orders, midnight.AddHours(21), ct).ConfigureAwait(false);
        _clock.Set(midnight.AddHours(23));
    }

    private void Receive(
        CatalogItem item, string location, SyntheticPosition p, int t, DateTimeOffset at, List<Movement> into)
    {
        for (var i = p.PurchaseOrders.Count - 1; i >= 0; i--)
        {
            var order = p.PurchaseOrders[i];
            if (order.Arrives > t)
            {
                continue;
            }

            p.PurchaseOrders.RemoveAt(i);
            p.Incoming -= order.Units;
            p.OnHand += order.Units;
            into.Add(Movement(MovementKind.PurchaseOrderReceived, item, location, order.Units, at, order.Reference,
                "supplier", item.UnitCost));
        }
    }

    private void PlaceLines(
        CatalogItem item,
        string location,
        SyntheticPosition p,
        int channel,
        int units,
        int t,
        SyntheticRandom random,
        DateTimeOffset at,
        List<Movement> into)
    {
        while (units > 0)
        {
            var quantity = Math.Min(units, random.NextDouble() < 0.8 ? 1 : 2);
            units -= quantity;
            var reference = NextId("ORD");
            p.Committed += quantity;
            p.Open.Add(new SyntheticOrderLine(reference, channel, quantity, t));
            into.Add(Movement(MovementKind.OrderLineCommitted, item, location, quantity, at, reference,
                SyntheticModel.Channels[channel]));
        }
    }

    private void Cancel(
        CatalogItem item, string location, SyntheticPosition p, int t, SyntheticRandom random, DateTimeOffset at,
        List<Movement> into)
    {
        for (var i = p.Open.Count - 1; i >= 0; i--)
        {
            var line = p.Open[i];

            // A few customers cancel the same day; a back-order still open after five days is cancelled by the seller.
            if ((line.Day == t && random.NextDouble() < 0.03) || t - line.Day > 5)
            {
                p.Open.RemoveAt(i);
                p.Committed -= line.Units;
                into.Add(Movement(MovementKind.OrderLineReleased, item, location, line.Units, at, line.Reference,
                    SyntheticModel.Channels[line.Channel]));
            }
        }
    }

    private void Ship(CatalogItem item, string location, SyntheticPosition p, DateTimeOffset at, List<Movement> into)
    {
        var shipped = 0;
        foreach (var line in p.Open)
        {
            if (line.Units > p.Sellable)
            {
                break;
            }

            p.OnHand -= line.Units;
            p.Committed -= line.Units;
            shipped++;
            into.Add(Movement(MovementKind.OrderLineShipped, item, location, line.Units, at, line.Reference,
                SyntheticModel.Channels[line.Channel]));
        }

        p.Open.RemoveRange(0, shipped);
    }

    private void ReturnAndDamage(
        SyntheticModel model, CatalogItem item, string location, SyntheticPosition p, int s, int l, int t,
        SyntheticRandom random, DateTimeOffset at, List<Movement> into)
    {
        for (var c = 0; c < SyntheticModel.Channels.Length; c++)
        {
            var returned = t > 7 ? random.Poisson(0.04 * model.Rate(s, l, c, t - 7)) : 0;
            if (returned == 0)
            {
                continue;
            }

            var restock = random.NextDouble() < 0.75;
            p.OnHand += returned;
            if (!restock)
            {
                p.Unavailable += returned;
            }

            into.Add(Movement(restock ? MovementKind.ReturnRestocked : MovementKind.ReturnToUnavailable, item,
                location, returned, at, NextId("RMA"), SyntheticModel.Channels[c]));
        }

        if (p.Sellable > 0 && random.NextDouble() < 0.003)
        {
            p.OnHand -= 1;
            into.Add(Movement(MovementKind.Adjustment, item, location, -1, at, null, "operations", null, "Damaged in the warehouse"));
        }
    }

    private void Reorder(
        SyntheticModel model, CatalogItem item, string location, SyntheticPosition p, int s, int l, int t,
        SyntheticRandom random, DateTimeOffset at, List<Movement> into)
    {
        // The seller's simple policy: order 30 days of demand when stock plus orders fall below lead time + 10 days.
        var rate = model.BaselineRate(s, l, Math.Max(t, model.LaunchDay[s]));
        var position = p.OnHand + p.Incoming - p.Committed - p.Unavailable;
        var first = t == 0 || (t == model.LaunchDay[s] && p.OnHand == 0 && p.Incoming == 0);
        if (rate <= 0 || (!first && position > rate * (item.LeadTimeDays + 10)))
        {
            return;
        }

        var units = first
            ? SyntheticModel.OrderQuantity(item, rate * 1.5)
            : SyntheticModel.OrderQuantity(item, rate);
        var reference = NextId("PO");
        p.Incoming += units;
        p.PurchaseOrders.Add((first ? t + 1 : t + SyntheticModel.ActualLeadTime(item, random), units, reference));
        into.Add(Movement(MovementKind.PurchaseOrderPlaced, item, location, units, at, reference, "operations"));
    }

    private Movement Movement(
        MovementKind kind, CatalogItem item, string location, int quantity, DateTimeOffset at, string? reference,
        string channel, decimal? unitCost = null, string? reason = null) => new()
    {
        Id = NextId("syn"),
        Kind = kind,
        Sku = item.Sku,
        Location = location,
        Quantity = quantity,
        UnitCost = unitCost,
        Reason = reason,
        Reference = reference,
        Source = new MovementSource(channel),
        OccurredAt = at,
    };

    private string NextId(string prefix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{++_ids:D9}");

    private async Task ApplyAsync(List<Movement> movements, DateTimeOffset at, CancellationToken ct)
    {
        _clock.Set(at);
        for (var start = 0; start < movements.Count; start += ApplyChunk)
        {
            var chunk = movements.Skip(start).Take(ApplyChunk).Select(m => _stock.ApplyAsync(m, ct)).ToArray();
            foreach (var outcome in await Task.WhenAll(chunk).ConfigureAwait(false))
            {
                _movements++;
                if (outcome.Status != ApplyStatus.Applied)
                {
                    _refused++;
                }
            }
        }
    }
}

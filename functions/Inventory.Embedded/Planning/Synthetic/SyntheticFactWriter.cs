using Inventory.Core.Catalog;
using Inventory.Core.Planning;

namespace Inventory.Embedded.Planning.Synthetic;

/// <summary>
/// Writes the same synthetic world's daily facts directly, without movements or a ledger: for benchmark-scale
/// catalogs (100,000 SKUs and more), where a year of movements would take hours to apply. Same model, simpler
/// book-keeping: one unit a line, short lines dropped instead of back-ordered, cost at the catalog's unit cost.
/// </summary>
public static class SyntheticFactWriter
{
    /// <summary>Fills the catalog and writes one day of facts per day of the history.</summary>
    /// <param name="catalog">The catalog to fill.</param>
    /// <param name="facts">The daily fact store to write.</param>
    /// <param name="options">What to generate.</param>
    /// <param name="time">The real clock, for the default last day (yesterday).</param>
    /// <param name="progress">Receives one report a day; may be null.</param>
    /// <param name="cancellationToken">Stops after the current day.</param>
    public static async Task<SyntheticHistorySummary> WriteAsync(
        ICatalogStore catalog,
        IDailyFactStore facts,
        SyntheticHistoryOptions options,
        TimeProvider time,
        IProgress<PlanningProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var model = new SyntheticModel(options, SyntheticHistoryGenerator.LastDayOf(options, time));
        await catalog.PutAsync(model.Catalog.ToArray(), cancellationToken).ConfigureAwait(false);

        var locations = model.Locations.Count;
        var count = options.Skus * locations;
        var onHand = new int[count];
        var unavailable = new int[count];
        var incoming = new int[count];
        var value = new decimal[count];
        var arrivals = new Dictionary<int, List<(int Position, int Units)>>();
        var demand = new List<DailyDemandFact>();
        var positions = new List<DailyPositionFact>(count);
        var channelUnits = new int[SyntheticModel.Channels.Length];

        for (var t = 0; t < options.Days; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var day = model.FirstDay.AddDays(t);
            var random = SyntheticRandom.For(options.Seed, t + 1);
            demand.Clear();
            positions.Clear();
            var arriving = arrivals.Remove(t, out var list) ? list : [];
            var received = new Dictionary<int, int>();
            foreach (var (position, units) in arriving)
            {
                received[position] = received.GetValueOrDefault(position) + units;
            }

            for (var s = 0; s < options.Skus; s++)
            {
                var item = model.Catalog[s];
                for (var l = 0; l < locations; l++)
                {
                    var p = (s * locations) + l;
                    var units = received.GetValueOrDefault(p);
                    onHand[p] += units;
                    incoming[p] -= units;
                    value[p] += units * item.UnitCost;
                    var startSellable = onHand[p] - unavailable[p];
                    var sellable = startSellable;
                    var totalDemand = 0;
                    decimal cogs = 0m;
                    for (var c = 0; c < channelUnits.Length; c++)
                    {
                        var ordered = random.Poisson(model.Rate(s, l, c, t));
                        var returned = t > 7 ? random.Poisson(0.04 * model.Rate(s, l, c, t - 7)) : 0;
                        if (ordered == 0 && returned == 0)
                        {
                            continue;
                        }

                        var cancelled = ordered > 0 ? Math.Min(ordered, random.Poisson(0.03 * ordered)) : 0;
                        var net = ordered - cancelled;
                        var shipped = Math.Min(net, Math.Max(0, sellable));
                        var shortLines = Math.Max(0, Math.Min(ordered, ordered - Math.Max(0, sellable)));
                        sellable -= shipped;
                        totalDemand += net;
                        var lineCost = shipped * item.UnitCost;
                        cogs += lineCost;
                        onHand[p] += returned - shipped;
                        demand.Add(new DailyDemandFact(
                            day, item.Sku, SyntheticModel.Channels[c], model.Locations[l], ordered,
                            cancelled + (net - shipped), shipped, returned, ordered, shortLines, lineCost));
                        var restocked = returned * item.UnitCost;
                        value[p] += restocked - lineCost;
                    }

                    var writeOff = 0m;
                    if (onHand[p] - unavailable[p] > 0 && random.NextDouble() < 0.003)
                    {
                        onHand[p]--;
                        writeOff = item.UnitCost;
                        value[p] -= writeOff;
                    }

                    Reorder(model, item, s, l, t, p, onHand, unavailable, incoming, arrivals, random);
                    positions.Add(new DailyPositionFact(
                        day, item.Sku, model.Locations[l], onHand[p], 0, unavailable[p], incoming[p], 0, value[p],
                        units, cogs, writeOff, startSellable <= 0 || totalDemand >= startSellable));
                }
            }

            await facts.WriteDayAsync(day, demand.ToArray(), positions.ToArray(), cancellationToken).ConfigureAwait(false);
            progress?.Report(new PlanningProgress("writing daily facts", t + 1, options.Days));
        }

        return new SyntheticHistorySummary(
            model.FirstDay, model.LastDay, options.Skus, model.Locations, SyntheticModel.Channels, 0, 0, model.Events);
    }

    private static void Reorder(
        SyntheticModel model, CatalogItem item, int s, int l, int t, int p, int[] onHand, int[] unavailable,
        int[] incoming, Dictionary<int, List<(int Position, int Units)>> arrivals, SyntheticRandom random)
    {
        var rate = model.BaselineRate(s, l, Math.Max(t, model.LaunchDay[s]));
        var first = t == Math.Min(model.LaunchDay[s], model.Options.Days - 1) && onHand[p] == 0 && incoming[p] == 0;
        var position = onHand[p] + incoming[p] - unavailable[p];
        if (rate <= 0 || (!first && position > rate * (item.LeadTimeDays + 10)))
        {
            return;
        }

        var units = SyntheticModel.OrderQuantity(item, first ? rate * 1.5 : rate);
        var arrives = first ? t + 1 : t + SyntheticModel.ActualLeadTime(item, random);
        incoming[p] += units;
        if (!arrivals.TryGetValue(arrives, out var list))
        {
            list = [];
            arrivals[arrives] = list;
        }

        list.Add((p, units));
    }
}

using System.Globalization;

namespace Inventory.Core.Planning;

/// <summary>
/// The KPI report of a planning window: six KPIs in total, per channel, per ABC class and per location. A channel
/// holds no stock of its own, so a channel segment counts each SKU x location it sold from with a share of that
/// position's inventory value, write-offs and receipts equal to the channel's share of the units shipped there (of
/// net demand when nothing shipped); its stockout days count whole, since a stockout stops every channel.
/// </summary>
internal static class PlanningKpis
{
    public const string TotalSegment = "all";

    public static IReadOnlyList<KpiRow> Compute(PlanningWindow window, AbcClass[] classes, PlanningOptions options)
    {
        var total = New(window);
        var byLocation = window.Locations.Select(_ => New(window)).ToArray();
        var byClass = Enum.GetValues<AbcClass>().Select(_ => New(window)).ToArray();
        var byChannel = window.Channels.Select(_ => New(window)).ToArray();

        foreach (var position in window.Positions)
        {
            var contribution = FromPosition(position, 1.0, window.Days);
            total.Add(contribution);
            byLocation[position.Location].Add(contribution);
            byClass[(int)classes[position.Sku]].Add(contribution);
        }

        var shipped = new double[window.Positions.Count];
        var net = new double[window.Positions.Count];
        var sellers = new int[window.Positions.Count];
        foreach (var demand in window.Demand)
        {
            shipped[demand.Position] += demand.UnitsShipped;
            net[demand.Position] += Math.Max(0, demand.NetUnits);
            sellers[demand.Position]++;
        }

        foreach (var demand in window.Demand)
        {
            var position = window.Positions[demand.Position];
            var flow = FromDemand(demand, window.Days);
            total.Add(flow);
            byLocation[position.Location].Add(flow);
            byClass[(int)classes[position.Sku]].Add(flow);

            var share = shipped[demand.Position] > 0 ? demand.UnitsShipped / shipped[demand.Position]
                : net[demand.Position] > 0 ? Math.Max(0, demand.NetUnits) / net[demand.Position]
                : 1.0 / sellers[demand.Position];
            var channel = byChannel[demand.Channel];
            channel.Add(flow);
            channel.CostOfGoodsSold += demand.CostOfGoodsSold;
            var inventory = FromPosition(position, share, window.Days);
            inventory.CostOfGoodsSold = 0;
            channel.Add(inventory);
        }

        var rows = new List<KpiRow>();
        var totals = KpiCalculator.Compute(total, KpiSegmentKind.Total, TotalSegment, window.Start, window.AsOf, options);
        rows.AddRange(totals);

        void Segments(KpiSegmentKind kind, IReadOnlyList<string> names, KpiTotals[] sums)
        {
            var order = Enumerable.Range(0, names.Count).OrderBy(i => names[i], StringComparer.Ordinal);
            foreach (var i in order)
            {
                foreach (var row in KpiCalculator.Compute(sums[i], kind, names[i], window.Start, window.AsOf, options))
                {
                    rows.Add(Explain(row, totals));
                }
            }
        }

        Segments(KpiSegmentKind.Channel, window.Channels, byChannel);
        Segments(KpiSegmentKind.AbcClass, Enum.GetNames<AbcClass>(), byClass);
        Segments(KpiSegmentKind.Location, window.Locations, byLocation);
        return rows;
    }

    // A segment outside its range while the total looks healthy is the problem the aggregate hides: say so.
    private static KpiRow Explain(KpiRow row, IReadOnlyList<KpiRow> totals)
    {
        var total = totals.First(t => t.Kpi == row.Kpi);
        if (!row.Flagged || total.Status != KpiStatus.Healthy || row.Note is not null)
        {
            return row;
        }

        return row with
        {
            Note = string.Create(
                CultureInfo.InvariantCulture,
                $"Outside the healthy range while the total ({total.Value:F1} {total.Unit}) is inside it."),
        };
    }

    private static KpiTotals New(PlanningWindow window) => new() { PeriodDays = window.Days };

    private static KpiTotals FromPosition(PositionSums position, double share, int days) => new()
    {
        PeriodDays = days,
        CostOfGoodsSold = position.CostOfGoodsSold * share,
        InventoryValueDays = position.ValueDays * share,
        WriteOffValue = position.WriteOffValue * share,
        UnitsReceived = position.UnitsReceived * share,
        StockoutDays = position.StockoutDays,
        SkuDays = position.FactDays,
    };

    private static KpiTotals FromDemand(DemandSums demand, int days) => new()
    {
        PeriodDays = days,
        OrderLines = demand.OrderLines,
        OrderLinesComplete = demand.OrderLines - demand.OrderLinesShort,
        UnitsSold = demand.UnitsShipped - demand.UnitsReturned,
    };
}

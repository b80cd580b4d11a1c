namespace Inventory.Core.Planning;

/// <summary>Turns one SKU x location's history and position into a reorder line, and ranks the lines.</summary>
public static class ReorderPlanner
{
    /// <summary>Plans one SKU at one location.</summary>
    public static ReorderLine Plan(ReorderInput input, PlanningOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);

        var notes = new List<string>(2);
        var item = input.Item;
        if (item is null)
        {
            notes.Add("The SKU is not in the catalog, so lead time, cost and price are unknown; add it to plan it.");
        }

        var leadTime = Math.Max(0.0, item?.LeadTimeDays ?? 0.0);
        var leadTimeStdDev = Math.Max(0.0, item?.LeadTimeStdDevDays ?? 0.0);
        var unitCost = item?.UnitCost ?? 0m;

        var horizon = Math.Max(1, (int)Math.Ceiling(leadTime));
        var average = 0.0;
        var variance = 0.0;
        var horizonDemand = 0.0;
        foreach (var channel in input.Channels)
        {
            average += channel.Forecast.Mean;
            variance += channel.Forecast.StdDev * channel.Forecast.StdDev;
            horizonDemand += HorizonDemand(input, channel, horizon, options);
        }

        var d = horizonDemand / horizon;
        var sigmaD = Math.Sqrt(variance);
        var serviceLevel = options.ServiceLevel(input.AbcClass);
        var z = NormalDistribution.InverseCdf(serviceLevel);
        var safetyStock = ReorderMath.SafetyStock(z, leadTime, sigmaD, d, leadTimeStdDev);
        var reorderPoint = ReorderMath.ReorderPoint(d, leadTime, safetyStock);

        double? eoq = null;
        if (unitCost > 0m)
        {
            eoq = ReorderMath.EconomicOrderQuantity(
                d * 365.0, options.OrderingCostPerOrder, options.HoldingCostRatePerYear * (double)unitCost);
        }
        else if (item is not null)
        {
            notes.Add("The SKU has no unit cost, so EOQ is undefined; the order covers the gap only.");
        }

        var q = input.Quantities;
        var position = q.InventoryPosition;
        var order = ReorderMath.SuggestedOrderQuantity(
            position, reorderPoint, eoq, d, item?.MinimumOrderQuantity ?? 1, item?.CasePack ?? 1);
        if (input.Channels.Count == 0)
        {
            notes.Add("No demand in the window.");
        }
        else if (input.HistoryDays < 7)
        {
            notes.Add($"Only {input.HistoryDays} day(s) of history: demand and its deviation are rough.");
        }

        var leadTimeSigma = ReorderMath.LeadTimeDemandStdDev(leadTime, sigmaD, d, leadTimeStdDev);
        var alert = position < safetyStock && d > 0 ? StockAlert.BelowSafetyStock
            : position <= reorderPoint && (d > 0 || position < 0) ? StockAlert.BelowReorderPoint
            : StockAlert.None;

        return new ReorderLine
        {
            ReportDate = input.ReportDate,
            Sku = input.Sku,
            Location = input.Location,
            AbcClass = input.AbcClass,
            Supplier = item?.Supplier ?? string.Empty,
            Revenue = input.Revenue,
            HistoryDays = input.HistoryDays,
            Channels = input.Channels.Count,
            AverageDailyDemand = average,
            DailyDemandStdDev = sigmaD,
            ForecastDailyDemand = d,
            LeadTimeDays = leadTime,
            LeadTimeStdDevDays = leadTimeStdDev,
            ServiceLevel = serviceLevel,
            ServiceFactor = z,
            SafetyStock = safetyStock,
            ReorderPoint = reorderPoint,
            EconomicOrderQuantity = eoq,
            OnHand = q.OnHand,
            Committed = q.Committed,
            Unavailable = q.Unavailable,
            Incoming = q.Incoming,
            InTransit = q.InTransit,
            InventoryPosition = position,
            SuggestedOrderQuantity = order,
            SuggestedOrderValue = order * unitCost,
            DaysOfSupply = ReorderMath.DaysOfSupply(q.Available, d),
            StockoutRisk = ReorderMath.StockoutRisk(position, d * leadTime, leadTimeSigma),
            Alert = alert,
            Note = notes.Count == 0 ? null : string.Join(" ", notes),
        };
    }

    /// <summary>
    /// Ranks lines, 1 first: lines at or below the reorder point before the rest, A before B before C, then the
    /// higher stockout risk, the fewer days of supply and the higher revenue.
    /// </summary>
    public static IReadOnlyList<ReorderLine> Rank(IEnumerable<ReorderLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var ranked = lines
            .OrderBy(line => line.Alert == StockAlert.None ? 1 : 0)
            .ThenBy(line => line.AbcClass)
            .ThenByDescending(line => line.StockoutRisk)
            .ThenBy(line => line.DaysOfSupply ?? double.MaxValue)
            .ThenByDescending(line => line.Revenue)
            .ThenBy(line => line.Sku, StringComparer.Ordinal)
            .ThenBy(line => line.Location, StringComparer.Ordinal)
            .ToArray();
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = ranked[i] with { Priority = i + 1 };
        }

        return ranked;
    }

    private static double HorizonDemand(ReorderInput input, ChannelDemand channel, int horizon, PlanningOptions options)
    {
        var total = 0.0;
        for (var k = 1; k <= horizon; k++)
        {
            var day = input.ReportDate.AddDays(k);
            total += channel.Forecast.Forecast(
                input.WindowDays - 1 + k, day.DayOfWeek, EventMultiplier(options, channel.Channel, day));
        }

        return total;
    }

    /// <summary>The multiplier of the strongest event covering a channel's day, or 1 when none does.</summary>
    public static double EventMultiplier(PlanningOptions options, string channel, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(options);
        var multiplier = 1.0;
        var found = false;
        foreach (var planningEvent in options.Events)
        {
            if (planningEvent.Covers(day) && string.Equals(planningEvent.Channel, channel, StringComparison.OrdinalIgnoreCase))
            {
                multiplier = found ? Math.Max(multiplier, planningEvent.DemandMultiplier) : planningEvent.DemandMultiplier;
                found = true;
            }
        }

        return multiplier;
    }

    /// <summary>Whether an event of the channel covers the day, so the day is left out of the history.</summary>
    public static bool IsEventDay(PlanningOptions options, string channel, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Events.Any(e =>
            e.Covers(day) && string.Equals(e.Channel, channel, StringComparison.OrdinalIgnoreCase));
    }
}

using Inventory.Core.Catalog;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Core.Planning;

/// <summary>
/// The nightly planning use case: reads the catalog and the trailing window of daily facts (streamed, one pass
/// each over positions and demand), and writes the reorder report and the KPI report for an as-of date.
/// </summary>
public sealed class NightlyPlanningRun
{
    private const int ProgressEvery = 250_000;

    private readonly ICatalogStore _catalog;
    private readonly IDailyFactStore _facts;
    private readonly IReportSink _sink;
    private readonly PlanningOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the use case over its ports.</summary>
    public NightlyPlanningRun(
        ICatalogStore catalog,
        IDailyFactStore facts,
        IReportSink sink,
        IOptions<PlanningOptions> options,
        TimeProvider time,
        ILogger<NightlyPlanningRun> logger)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _catalog = catalog;
        _facts = facts;
        _sink = sink;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Builds both reports for <paramref name="asOf"/> and writes them to the sink.</summary>
    /// <param name="asOf">The last day of history to count; usually yesterday.</param>
    /// <param name="progress">Receives progress of the long steps; may be null.</param>
    /// <param name="cancellationToken">Cancels the run; nothing is written for a cancelled run.</param>
    public async Task<PlanningRunSummary> RunAsync(
        DateOnly asOf, IProgress<PlanningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var report = await BuildAsync(asOf, progress, cancellationToken).ConfigureAwait(false);
        progress?.Report(new PlanningProgress("writing reports", 0, 1));
        await _sink.WriteAsync(report, cancellationToken).ConfigureAwait(false);
        progress?.Report(new PlanningProgress("writing reports", 1, 1));

        var elapsed = _time.GetElapsedTime(started);
        var summary = new PlanningRunSummary(
            asOf,
            report.Reorder.Count,
            report.Reorder.Count(line => line.SuggestedOrderQuantity > 0),
            report.Reorder.Count(line => line.Alert == StockAlert.BelowSafetyStock),
            report.Kpis.Count,
            report.Kpis.Count(row => row.Flagged),
            elapsed);
        PlanningLog.Planned(
            _logger, asOf, summary.Positions, summary.OrdersSuggested, summary.BelowSafetyStock, summary.KpisFlagged,
            summary.KpiRows, (long)elapsed.TotalMilliseconds);
        return summary;
    }

    /// <summary>Builds both reports for <paramref name="asOf"/> without writing them.</summary>
    public async Task<PlanningReport> BuildAsync(
        DateOnly asOf, IProgress<PlanningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var window = new PlanningWindow(asOf, _options);
        await foreach (var item in _catalog.StreamAllAsync(cancellationToken).ConfigureAwait(false))
        {
            window.AddCatalogItem(item);
        }

        long rows = 0;
        await foreach (var fact in _facts.ReadPositionsAsync(window.Start, asOf, cancellationToken)
                           .ConfigureAwait(false))
        {
            window.Add(fact);
            if (++rows % ProgressEvery == 0)
            {
                progress?.Report(new PlanningProgress("reading daily positions", rows, 0));
            }
        }

        rows = 0;
        await foreach (var fact in _facts.ReadDemandAsync(window.Start, asOf, cancellationToken)
                           .ConfigureAwait(false))
        {
            window.Add(fact);
            if (++rows % ProgressEvery == 0)
            {
                progress?.Report(new PlanningProgress("reading daily demand", rows, 0));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var revenue = SkuRevenue(window);
        var classes = AbcClassifier.Classify(revenue, _options.AbcCutoffA, _options.AbcCutoffB);
        var reorder = PlanReorder(window, classes, progress, cancellationToken);
        var kpis = PlanningKpis.Compute(window, classes, _options);
        foreach (var row in kpis.Where(r => r.Flagged))
        {
            PlanningLog.KpiOutsideRange(_logger, row.Kpi, row.SegmentKind, row.Segment, row.Value ?? 0, asOf);
        }

        return new PlanningReport
        {
            ReportDate = asOf,
            GeneratedAt = _time.GetUtcNow(),
            PeriodStart = window.Start,
            Reorder = reorder,
            Kpis = kpis,
            Skus = Dimensions(window, classes, revenue),
            Channels = window.Channels.Order(StringComparer.Ordinal).ToArray(),
            Locations = window.Locations.Order(StringComparer.Ordinal).ToArray(),
            Dates = DateDimension.Range(window.Start, asOf, _options.Events),
        };
    }

    private static double[] SkuRevenue(PlanningWindow window)
    {
        var revenue = new double[window.Skus.Count];
        foreach (var demand in window.Demand)
        {
            var sku = window.Positions[demand.Position].Sku;
            revenue[sku] += demand.NetUnits * (double)(window.Items[sku]?.Price ?? 0m);
        }

        return revenue;
    }

    private IReadOnlyList<ReorderLine> PlanReorder(
        PlanningWindow window,
        AbcClass[] classes,
        IProgress<PlanningProgress>? progress,
        CancellationToken cancellationToken)
    {
        var byPosition = new List<int>?[window.Positions.Count];
        for (var i = 0; i < window.Demand.Count; i++)
        {
            (byPosition[window.Demand[i].Position] ??= []).Add(i);
        }

        var lines = new ReorderLine[window.Positions.Count];
        var missing = new HashSet<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var position = window.Positions[i];
            var item = window.Items[position.Sku];
            if (item is null && missing.Add(position.Sku))
            {
                PlanningLog.NotInCatalog(_logger, window.Skus[position.Sku], window.AsOf);
            }

            var channels = new List<ChannelDemand>();
            var positionRevenue = 0.0;
            foreach (var d in byPosition[i] ?? [])
            {
                var demand = window.Demand[d];
                positionRevenue += demand.NetUnits * (double)(item?.Price ?? 0m);
                if (demand.NetUnits != 0 || demand.SumY2 > 0)
                {
                    channels.Add(new ChannelDemand(
                        window.Channels[demand.Channel], ChannelForecast.Fit(window.Statistics(d), _options)));
                }
            }

            var first = position.FirstDay == int.MaxValue ? window.Days - 1 : position.FirstDay;
            lines[i] = ReorderPlanner.Plan(
                new ReorderInput(
                    window.AsOf,
                    window.Skus[position.Sku],
                    window.Locations[position.Location],
                    item,
                    classes[position.Sku],
                    positionRevenue,
                    window.Days,
                    window.Days - first,
                    channels,
                    position.Quantities),
                _options);

            if ((i + 1) % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new PlanningProgress("planning reorders", i + 1, lines.Length));
            }
        }

        progress?.Report(new PlanningProgress("planning reorders", lines.Length, lines.Length));
        return ReorderPlanner.Rank(lines);
    }

    private static SkuDimension[] Dimensions(PlanningWindow window, AbcClass[] classes, double[] revenue)
    {
        var skus = new SkuDimension[window.Skus.Count];
        for (var i = 0; i < skus.Length; i++)
        {
            var item = window.Items[i];
            skus[i] = item is null
                ? new SkuDimension(window.Skus[i], string.Empty, string.Empty, 0m, 0m, 0, 0, 1, 1, classes[i], revenue[i], false)
                : new SkuDimension(
                    item.Sku, item.Title, item.Supplier, item.UnitCost, item.Price, item.LeadTimeDays,
                    item.LeadTimeStdDevDays, item.MinimumOrderQuantity, item.CasePack, classes[i], revenue[i], true);
        }

        return skus;
    }
}

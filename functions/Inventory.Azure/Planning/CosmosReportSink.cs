using System.Globalization;
using Inventory.Azure.Stock;
using Inventory.Core.Planning;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Planning;

/// <summary>
/// Writes a night's reorder and KPI reports into container <c>reports</c>, partition key <c>/reportDate</c>: the
/// rows in slices of <see cref="CosmosPlanningOptions.ReportRowsPerDocument"/> (ids <c>reorder-00000</c>,
/// <c>kpi-00000</c>, ...), then a <c>manifest</c> document with the counts. The dimensions (SKUs, dates) are in the
/// blob files only.
/// </summary>
/// <remarks>
/// Why slices: one document per report would hit the 2 MB document limit at about two thousand SKU x locations,
/// and one document per row would cost a write per line every night. A slice of 500 rows stays well below the limit
/// and keeps a night to a few hundred writes. Every write is a point upsert in the date's partition, so the local
/// emulator runs it all. A re-run for the same date upserts its slices, then the manifest, then deletes the slices
/// of the earlier run beyond the new counts. While a re-run is under way a reader can meet slices of both runs:
/// read the manifest first and check each slice's <c>generatedAt</c> against it.
/// </remarks>
public sealed class CosmosReportSink : IReportSink
{
    private const string ReorderKind = "reorder";
    private const string KpiKind = "kpi";
    private const int ParallelWrites = 8;

    private readonly Container _reports;
    private readonly int _rowsPerDocument;
    private readonly ILogger _logger;

    /// <summary>Creates the sink over the <c>reports</c> container.</summary>
    public CosmosReportSink(
        CosmosClient client,
        IOptions<CosmosStockStoreOptions> stockOptions,
        IOptions<CosmosPlanningOptions> options,
        ILogger<CosmosReportSink> logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(stockOptions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _reports = client.GetContainer(stockOptions.Value.DatabaseName, options.Value.ReportsContainerName);
        _rowsPerDocument = options.Value.ReportRowsPerDocument;
        _logger = logger;
    }

    /// <summary>The partition key of a report date.</summary>
    public static string PartitionKeyOf(DateOnly reportDate) =>
        reportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public async Task WriteAsync(PlanningReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var partition = PartitionKeyOf(report.ReportDate);
        var previous = await CosmosStreams.ReadAsync<ReportManifestDocument>(
            _reports, ReportManifestDocument.DocumentId, partition, cancellationToken).ConfigureAwait(false);

        var reorder = Slices(ReorderKind, partition, report.GeneratedAt, report.Reorder);
        var kpis = Slices(KpiKind, partition, report.GeneratedAt, report.Kpis);
        await UpsertAllAsync(reorder, partition, cancellationToken).ConfigureAwait(false);
        await UpsertAllAsync(kpis, partition, cancellationToken).ConfigureAwait(false);

        var manifest = new ReportManifestDocument
        {
            ReportDate = partition,
            GeneratedAt = report.GeneratedAt,
            PeriodStart = report.PeriodStart,
            ReorderRows = report.Reorder.Count,
            ReorderDocuments = reorder.Count,
            KpiRows = report.Kpis.Count,
            KpiDocuments = kpis.Count,
            KpisFlagged = report.Kpis.Count(row => row.Flagged),
            Channels = report.Channels,
            Locations = report.Locations,
        };
        await CosmosStreams.UpsertAsync(_reports, manifest, partition, cancellationToken).ConfigureAwait(false);

        if (previous is not null)
        {
            var stale = StaleIds(ReorderKind, reorder.Count, previous.ReorderDocuments)
                .Concat(StaleIds(KpiKind, kpis.Count, previous.KpiDocuments))
                .ToArray();
            await Parallel.ForEachAsync(
                stale,
                new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
                (id, token) => new ValueTask(CosmosStreams.DeleteAsync(_reports, id, partition, token)))
                .ConfigureAwait(false);
            if (stale.Length > 0)
            {
                _logger.StaleReportsRemoved(report.ReportDate, stale.Length);
            }
        }

        _logger.ReportsWritten(report.ReportDate, manifest.ReorderRows, reorder.Count, manifest.KpiRows, kpis.Count);
    }

    /// <summary>The id of a report slice.</summary>
    internal static string SliceId(string kind, int chunk) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}-{chunk:D5}");

    private static IEnumerable<string> StaleIds(string kind, int now, int before) =>
        Enumerable.Range(now, Math.Max(0, before - now)).Select(chunk => SliceId(kind, chunk));

    private List<ReportChunkDocument<TRow>> Slices<TRow>(
        string kind, string partition, DateTimeOffset generatedAt, IReadOnlyList<TRow> rows) =>
        [
            .. rows.Chunk(_rowsPerDocument).Select((slice, chunk) => new ReportChunkDocument<TRow>
            {
                Id = SliceId(kind, chunk),
                ReportDate = partition,
                Kind = kind,
                Chunk = chunk,
                GeneratedAt = generatedAt,
                Rows = slice,
            }),
        ];

    private Task UpsertAllAsync<TRow>(
        List<ReportChunkDocument<TRow>> slices, string partition, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            slices,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
            (slice, token) => new ValueTask(CosmosStreams.UpsertAsync(_reports, slice, partition, token)));
}

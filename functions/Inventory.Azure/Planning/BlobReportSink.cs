using Azure.Storage.Blobs;
using Inventory.Core.Planning;
using Inventory.Embedded.Planning.Files;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Planning;

/// <summary>
/// Writes a night's reports as the Power BI files into <c>{yyyy-MM-dd}/</c> of the exports container:
/// <c>fact_reorder</c>, <c>fact_kpi</c>, <c>dim_sku</c>, <c>dim_channel</c>, <c>dim_location</c> and
/// <c>dim_date</c>, each as Parquet and CSV, beside that day's daily facts.
/// </summary>
/// <remarks>
/// Each file is replaced whole (see <see cref="BlobExportFolder"/>). The six tables are separate blobs, so a run
/// that fails after some uploads leaves that date with some tables from this run and the rest from the run before
/// (or none); re-running the night replaces them all. The reorder and KPI facts are uploaded last, after the
/// dimensions they join, so a reader that finds the facts finds their dimensions too.
/// </remarks>
public sealed class BlobReportSink : IReportSink
{
    private readonly BlobExportFolder _folder;

    /// <summary>Creates the sink over the exports container.</summary>
    public BlobReportSink(BlobServiceClient service, IOptions<BlobExportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _folder = new BlobExportFolder(
            service.GetBlobContainerClient(settings.ExportsContainerName), settings.WriteCsv);
    }

    /// <inheritdoc />
    public async Task WriteAsync(PlanningReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var day = report.ReportDate;
        await Task.WhenAll(
            _folder.WriteAsync(day, PowerBiSchema.Sku, report.Skus, cancellationToken),
            _folder.WriteAsync(day, PowerBiSchema.Channel, report.Channels, cancellationToken),
            _folder.WriteAsync(day, PowerBiSchema.Location, report.Locations, cancellationToken),
            _folder.WriteAsync(day, PowerBiSchema.Date, report.Dates, cancellationToken)).ConfigureAwait(false);
        await Task.WhenAll(
            _folder.WriteAsync(day, PowerBiSchema.Reorder, report.Reorder, cancellationToken),
            _folder.WriteAsync(day, PowerBiSchema.Kpi, report.Kpis, cancellationToken)).ConfigureAwait(false);
    }
}

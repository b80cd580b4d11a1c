using Inventory.Core.Planning;
using Inventory.Embedded.Planning.Files;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Planning;

/// <summary>
/// Writes a night's reports as Power BI files into <c>{dir}/{yyyy-MM-dd}/</c>: <c>fact_reorder</c>, <c>fact_kpi</c>,
/// <c>dim_sku</c>, <c>dim_channel</c>, <c>dim_location</c> and <c>dim_date</c>, each as Parquet and CSV. The daily
/// facts of the same date sit in the same folder when <see cref="FileDailyFactStore"/> uses the same directory.
/// </summary>
public sealed class FileReportSink : IReportSink
{
    private readonly PlanningExportOptions _options;

    /// <summary>Creates the sink over a folder.</summary>
    public FileReportSink(IOptions<PlanningExportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public async Task WriteAsync(PlanningReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var directory = _options.DayDirectory(report.ReportDate);
        var csv = _options.WriteCsv;
        await Task.WhenAll(
            PowerBiSchema.Reorder.WriteAsync(directory, report.Reorder, csv, cancellationToken),
            PowerBiSchema.Kpi.WriteAsync(directory, report.Kpis, csv, cancellationToken),
            PowerBiSchema.Sku.WriteAsync(directory, report.Skus, csv, cancellationToken),
            PowerBiSchema.Channel.WriteAsync(directory, report.Channels, csv, cancellationToken),
            PowerBiSchema.Location.WriteAsync(directory, report.Locations, csv, cancellationToken),
            PowerBiSchema.Date.WriteAsync(directory, report.Dates, csv, cancellationToken)).ConfigureAwait(false);
    }
}

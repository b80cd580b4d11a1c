namespace Inventory.Core.Planning;

/// <summary>Where the nightly planning run writes its reports: files for Power BI, report documents, or both.</summary>
public interface IReportSink
{
    /// <summary>Writes one night's reports, replacing an earlier run for the same report date.</summary>
    Task WriteAsync(PlanningReport report, CancellationToken cancellationToken = default);
}

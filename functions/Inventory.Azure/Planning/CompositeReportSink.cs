using Inventory.Core.Planning;

namespace Inventory.Azure.Planning;

/// <summary>Writes a night's reports to several sinks in turn (on Azure: the blob files, then Cosmos DB).</summary>
/// <remarks>
/// The sinks run one after the other so a failure names the sink that failed; a sink that fails stops the ones
/// after it, and a re-run of the night replaces what the earlier sinks wrote.
/// </remarks>
public sealed class CompositeReportSink : IReportSink
{
    private readonly IReadOnlyList<IReportSink> _sinks;

    /// <summary>Creates a sink that writes to every one of <paramref name="sinks"/>, in order.</summary>
    public CompositeReportSink(params IReportSink[] sinks)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        _sinks = [.. sinks];
    }

    /// <inheritdoc />
    public async Task WriteAsync(PlanningReport report, CancellationToken cancellationToken = default)
    {
        foreach (var sink in _sinks)
        {
            await sink.WriteAsync(report, cancellationToken).ConfigureAwait(false);
        }
    }
}

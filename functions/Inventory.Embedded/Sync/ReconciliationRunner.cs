using Inventory.Core.Sync.Reconciliation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Sync;

/// <summary>
/// Runs the reconciliation in the local host every <see cref="ReconciliationRunnerOptions.Interval"/>, first after one
/// interval. A failed run is logged and the next one comes on time; stopping the host cancels a run in progress.
/// </summary>
public sealed partial class ReconciliationRunner(
    ReconciliationService reconciliation,
    IOptions<ReconciliationRunnerOptions> options,
    TimeProvider time,
    ILogger<ReconciliationRunner> logger) : BackgroundService
{
    private readonly ReconciliationRunnerOptions _options = options.Value;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.Interval, time, stoppingToken).ConfigureAwait(false);
                await reconciliation.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogRunFailed(logger, error, _options.Interval);
            }
        }
    }

    [LoggerMessage(EventId = 6550, Level = LogLevel.Error,
        Message = "A reconciliation run failed; the next one starts in {Interval}")]
    private static partial void LogRunFailed(ILogger logger, Exception error, TimeSpan interval);
}

using Inventory.Api.Http;
using Microsoft.Extensions.Hosting;

namespace Inventory.Local;

/// <summary>The local host's hourly run of <see cref="IdempotencyRecordPurge"/>, the Function App's timer's twin.
/// </summary>
internal sealed class IdempotencyPurgeSchedule(IdempotencyRecordPurge purge, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first purge runs at start, so a host that is only ever started briefly still trims its records.
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await purge.PurgeAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}

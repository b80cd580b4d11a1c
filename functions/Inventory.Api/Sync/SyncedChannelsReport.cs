using Inventory.Core.Sync;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inventory.Api.Sync;

/// <summary>
/// Says once at start-up which channels are synced and which are not, because a channel left out for want of its
/// outbound settings otherwise shows only as a quantity that never changes on that marketplace.
/// </summary>
internal sealed partial class SyncedChannelsReport(
    IEnumerable<IChannelInventoryClient> clients, ILogger<SyncedChannelsReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var all = clients.ToList();
        var synced = Names(all.Where(c => c.IsConfigured));
        var notConfigured = Names(all.Where(c => !c.IsConfigured));
        if (synced.Length == 0)
        {
            LogNoneSynced(logger, notConfigured);
        }
        else
        {
            LogSynced(logger, synced, notConfigured);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string Names(IEnumerable<IChannelInventoryClient> clients)
    {
        var names = clients.Select(c => c.Channel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return string.Join(", ", names) is { Length: > 0 } text ? text : "none";
    }

    [LoggerMessage(EventId = 6010, Level = LogLevel.Information,
        Message = "Stock is synced to {SyncedChannels}; not configured, so not synced: {NotConfiguredChannels} "
            + "(set a channel's outbound settings (Channels:Name section) to sync it)")]
    private static partial void LogSynced(ILogger logger, string syncedChannels, string notConfiguredChannels);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Warning,
        Message = "No channel is synced: no outbound client is configured ({NotConfiguredChannels}); set a channel's "
            + "outbound settings (Channels:Name section) to publish stock to it")]
    private static partial void LogNoneSynced(ILogger logger, string notConfiguredChannels);
}

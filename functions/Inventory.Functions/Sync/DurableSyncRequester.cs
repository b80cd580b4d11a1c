using Inventory.Core.Sync;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Inventory.Functions.Sync;

/// <summary>
/// The Azure sync requester: one <see cref="SkuSyncOrchestrator"/> instance per SKU and synced channel, id
/// <c>sync-{channel}-{sku}</c>, all told at once. A running instance gets the
/// <see cref="SkuSyncOrchestrator.StockChangedEvent"/> event (and runs once more when it ends); a missing or finished
/// one is started.
/// </summary>
/// <remarks>
/// An event raised just as an instance finishes is dropped by Durable. After raising, the requester reads the instance
/// again and starts it anew if it has finished, which narrows that window to the moment between the orchestrator's last
/// look at the event and its completion; the reconciliation repairs what slips through.
/// </remarks>
public sealed partial class DurableSyncRequester(
    IDurableClientSource clients, ChannelSyncService sync, ILogger<DurableSyncRequester> logger) : ISyncRequester
{
    /// <inheritdoc />
    public async Task RequestSyncAsync(SyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = await clients.GetAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(sync.SyncedChannels.Select(
                channel => RequestChannelAsync(client, new ChannelSyncRequest(channel, request), cancellationToken)))
            .ConfigureAwait(false);
    }

    private async Task RequestChannelAsync(
        DurableTaskClient client, ChannelSyncRequest input, CancellationToken cancellationToken)
    {
        var request = input.Request;
        var id = SkuSyncOrchestrator.InstanceIdFor(input.Channel, request.Sku);

        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken)
            .ConfigureAwait(false);
        if (!IsActive(instance) && await TryStartAsync(client, id, input, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await client.RaiseEventAsync(id, SkuSyncOrchestrator.StockChangedEvent, request, cancellationToken)
            .ConfigureAwait(false);
        LogSignalled(logger, request.Sku, request.StockVersion, id);

        var after = await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken)
            .ConfigureAwait(false);
        if (!IsActive(after))
        {
            await TryStartAsync(client, id, input, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsActive(OrchestrationMetadata? instance) => instance?.RuntimeStatus is
        OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending
        or OrchestrationRuntimeStatus.Suspended;

    private async Task<bool> TryStartAsync(
        DurableTaskClient client, string id, ChannelSyncRequest input, CancellationToken cancellationToken)
    {
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(SkuSyncOrchestrator.Name, input,
                new StartOrchestrationOptions { InstanceId = id }, cancellationToken).ConfigureAwait(false);
            LogStarted(logger, input.Request.Sku, input.Request.StockVersion, id);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Another requester started it first; the caller raises the event on that instance instead.
            LogStartRaced(logger, input.Request.Sku, input.Request.StockVersion, id, error.Message);
            return false;
        }
    }

    [LoggerMessage(EventId = 6311, Level = LogLevel.Debug,
        Message = "Started sync {InstanceId} for SKU {Sku} (stock version {StockVersion})")]
    private static partial void LogStarted(ILogger logger, string sku, long stockVersion, string instanceId);

    [LoggerMessage(EventId = 6312, Level = LogLevel.Debug,
        Message = "Sync {InstanceId} for SKU {Sku} is running; told it about stock version {StockVersion}")]
    private static partial void LogSignalled(ILogger logger, string sku, long stockVersion, string instanceId);

    [LoggerMessage(EventId = 6313, Level = LogLevel.Debug,
        Message = "Sync {InstanceId} for SKU {Sku} (stock version {StockVersion}) could not be started ({Reason}); "
            + "signalling the running instance instead")]
    private static partial void LogStartRaced(ILogger logger, string sku, long stockVersion, string instanceId,
        string reason);
}

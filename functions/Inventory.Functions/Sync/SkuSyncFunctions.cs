using Inventory.Core.Sync;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Inventory.Functions.Sync;

/// <summary>The Durable triggers of the SKU x channel sync: each binds and calls the orchestrator or the activity.
/// </summary>
public sealed class SkuSyncFunctions(ChannelSyncService sync)
{
    [Function(SkuSyncOrchestrator.Name)]
    public static Task RunOrchestratorAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SkuSyncOrchestrator.RunAsync(context, context.GetInput<ChannelSyncRequest>()
            ?? throw new InvalidOperationException($"Orchestration {context.InstanceId} was started without input."));
    }

    [Function(SkuSyncOrchestrator.SyncChannelActivity)]
    public Task<SkuSyncResult> SyncChannelAsync(
        [ActivityTrigger] ChannelSyncRequest input, CancellationToken cancellationToken) =>
        SkuSyncActivities.SyncChannelAsync(sync, input, cancellationToken);
}

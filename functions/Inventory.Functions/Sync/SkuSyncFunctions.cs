using Inventory.Core.Sync;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Inventory.Functions.Sync;

/// <summary>The Durable triggers of the SKU x channel sync: each binds and calls the orchestrator or an activity.</summary>
public sealed class SkuSyncFunctions(ChannelSyncService sync)
{
    [Function(SkuSyncOrchestrator.Name)]
    public static Task RunOrchestratorAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SkuSyncOrchestrator.RunAsync(context, context.GetInput<ChannelSyncRequest>()
            ?? throw new InvalidOperationException($"Orchestration {context.InstanceId} was started without input."));
    }

    [Function(SkuSyncOrchestrator.PlanActivity)]
    public Task<SyncPlan> PlanAsync([ActivityTrigger] SyncRequest request, CancellationToken cancellationToken) =>
        SkuSyncActivities.PlanAsync(sync, request, cancellationToken);

    [Function(SkuSyncOrchestrator.PushActivity)]
    public Task<ChannelSyncOutcome> PushAsync([ActivityTrigger] ChannelSyncWork work, CancellationToken cancellationToken) =>
        SkuSyncActivities.PushAsync(sync, work, cancellationToken);

    [Function(SkuSyncOrchestrator.RecordActivity)]
    public Task<int> RecordAsync(
        [ActivityTrigger] ChannelSyncOutcome[] outcomes, CancellationToken cancellationToken) =>
        SkuSyncActivities.RecordAsync(sync, outcomes, cancellationToken);
}

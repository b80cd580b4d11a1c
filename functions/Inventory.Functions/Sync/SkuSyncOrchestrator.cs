using Inventory.Core.Sync;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Inventory.Functions.Sync;

/// <summary>
/// One orchestration per SKU (instance id <c>sync-{sku}</c>): plan the targets, push every channel in parallel, record
/// the outcomes, and run again from the top if the stock changed meanwhile.
/// </summary>
/// <remarks>
/// <para>
/// Coalescing on Azure: while an instance runs, <see cref="DurableSyncRequester"/> raises <see cref="StockChangedEvent"/>
/// on it instead of starting another. The orchestrator listens for that event from its start; if one came in by the
/// time the outcomes are recorded, it continues as new with that request and reads the stock afresh. Further events
/// of the same run are dropped (they describe changes the fresh read already includes). So each channel has at most
/// one push of a SKU in flight, and the last run pushes the latest stock.
/// </para>
/// <para>
/// Channels that throttled, failed (after the activity's own retries) or drifted are pushed again in further rounds,
/// each after a durable timer of exponential back-off with jitter capped at <see cref="MaxRetryDelay"/>
/// (<see cref="SyncRetryBackoff"/>; a channel's asked-for wait wins when longer), until every channel is at its
/// target: a run never gives a channel up. After <see cref="MaxRoundsPerRun"/> rounds it continues as new with the
/// same request (keeping the history short), which plans afresh; channels already at target then make no call.
/// </para>
/// <para>
/// Known difference from the local runner: that one syncs each SKU x channel on its own, so every channel catches up
/// at its own rate; here a run plans again only after all its pushes ended, so Shopify, Walmart, eBay and TikTok Shop
/// are refreshed only as often as the slowest channel (Amazon, 5 calls a second per seller account). Doing the same
/// here would take one orchestration per SKU x channel; not built. For the same reason of steps in separate
/// activities, a push here waits for its channel's rate limit after the plan read the stock (a push lease cannot
/// cross activities; see <see cref="SkuSyncActivities.PushAsync"/>), so Amazon's quantity is as old as its wait,
/// where the local runner reads after it.
/// </para>
/// <para>
/// Per-position versions in the requests cannot be compared across locations, so any event means "read again"; a
/// run that finds nothing changed makes no channel call. Deterministic: the only clock is
/// <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>; all I/O is in the activities.
/// </para>
/// </remarks>
public static partial class SkuSyncOrchestrator
{
    /// <summary>The orchestrator's function name.</summary>
    public const string Name = "SkuSync";

    /// <summary>The external event raised on a running instance when the SKU's stock changed again.</summary>
    public const string StockChangedEvent = "stock-changed";

    /// <summary>The activity that reads the positions and computes the targets.</summary>
    public const string PlanActivity = "SkuSyncPlan";

    /// <summary>The activity that pushes one channel.</summary>
    public const string PushActivity = "SkuSyncPush";

    /// <summary>The activity that records the outcomes in the sync state.</summary>
    public const string RecordActivity = "SkuSyncRecord";

    /// <summary>How many push rounds one run holds before it continues as new (the retries go on there).</summary>
    public const int MaxRoundsPerRun = 10;

    /// <summary>The delay ceiling of the first retry round; it doubles per round.</summary>
    public static readonly TimeSpan RetryBaseDelay = SyncRetryBackoff.DefaultBaseDelay;

    /// <summary>The longest delay between retry rounds, unless a channel asks for longer.</summary>
    public static readonly TimeSpan MaxRetryDelay = SyncRetryBackoff.DefaultMaxDelay;

    /// <summary>Activities are tried three times, one, then two seconds apart.</summary>
    public static TaskOptions ActivityOptions { get; } = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2));

    /// <summary>The one instance id of a SKU's sync.</summary>
    public static string InstanceIdFor(string sku) => $"sync-{sku}";

    /// <summary>Runs one sync of the SKU.</summary>
    public static async Task RunAsync(TaskOrchestrationContext context, SyncRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var logger = context.CreateReplaySafeLogger(typeof(SkuSyncOrchestrator));
        var changed = context.WaitForExternalEvent<SyncRequest>(StockChangedEvent);

        var plan = await context.CallActivityAsync<SyncPlan>(PlanActivity, input, ActivityOptions);
        IReadOnlyList<ChannelSyncWork> work = plan.ToWork();

        for (var round = 1; ; round++)
        {
            var outcomes = await Task.WhenAll(work.Select(w => PushAsync(context, w)));
            await context.CallActivityAsync<int>(RecordActivity, outcomes, ActivityOptions);

            if (changed.IsCompleted)
            {
                ContinueWith(context, logger, changed.Result, plan.StockVersion);
                return;
            }

            var behind = outcomes.Where(o => o.NeedsRetry).ToArray();
            if (behind.Length == 0)
            {
                LogDone(logger, plan.Sku, plan.StockVersion, round);
                return;
            }

            if (round >= MaxRoundsPerRun)
            {
                LogStillBehind(logger, plan.Sku, plan.StockVersion, round, behind.Length);
                context.ContinueAsNew(input, preserveUnprocessedEvents: false);
                return;
            }

            // The jitter comes from the SKU, version and round, so a replay computes the same delay.
            var asked = behind.Select(o => o.RetryAfter).Max();
            var delay = SyncRetryBackoff.Delay(round, RetryBaseDelay, MaxRetryDelay, asked,
                SyncRetryBackoff.JitterOf(plan.Sku, plan.StockVersion, round));
            using var cancelTimer = new CancellationTokenSource();
            var timer = context.CreateTimer(delay, cancelTimer.Token);
            if (await Task.WhenAny(timer, changed) == changed)
            {
                await cancelTimer.CancelAsync();
                ContinueWith(context, logger, changed.Result, plan.StockVersion);
                return;
            }

            work = behind.Select(o => o.Work).ToArray();
        }
    }

    private static async Task<ChannelSyncOutcome> PushAsync(TaskOrchestrationContext context, ChannelSyncWork work)
    {
        try
        {
            return await context.CallActivityAsync<ChannelSyncOutcome>(PushActivity, work, ActivityOptions);
        }
        catch (TaskFailedException failure)
        {
            // The retries are spent: record the failure (the claim stays pending) instead of failing the whole SKU.
            var at = new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));
            return new ChannelSyncOutcome(work, ChannelSyncDecision.Failed, at, Drifted: false, ChannelQuantity: null,
                RetryAfter: null, Error: failure.FailureDetails.ErrorMessage);
        }
    }

    private static void ContinueWith(
        TaskOrchestrationContext context, ILogger logger, SyncRequest next, long syncedVersion)
    {
        LogChanged(logger, next.Sku, syncedVersion);
        context.ContinueAsNew(next, preserveUnprocessedEvents: false);
    }

    [LoggerMessage(EventId = 6301, Level = LogLevel.Information,
        Message = "Synced SKU {Sku} at stock version {StockVersion} in {Rounds} round(s)")]
    private static partial void LogDone(ILogger logger, string sku, long stockVersion, int rounds);

    [LoggerMessage(EventId = 6303, Level = LogLevel.Warning,
        Message = "SKU {Sku} at stock version {StockVersion} still has {Behind} channel(s) behind after {Rounds} "
            + "rounds; the sync continues as a new run and keeps retrying")]
    private static partial void LogStillBehind(ILogger logger, string sku, long stockVersion, int rounds, int behind);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Information,
        Message = "The stock of SKU {Sku} changed while version {StockVersion} was syncing; syncing again")]
    private static partial void LogChanged(ILogger logger, string sku, long stockVersion);
}

using Inventory.Core.Sync;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Inventory.Functions.Sync;

/// <summary>
/// One orchestration per SKU x channel (instance id <c>sync-{channel}-{sku}</c>): each round is one activity that
/// waits for the channel's rate permit, reads the stock, plans, pushes and records; the run goes again from the top
/// if the stock changed meanwhile.
/// </summary>
/// <remarks>
/// <para>
/// Each channel runs on its own, so Shopify, Walmart, eBay and TikTok Shop are refreshed at their own pace instead of
/// waiting for the slowest channel (Amazon, 5 calls a second per seller account), as the local runner does. Each
/// round reads the SKU's positions itself after its channel's permit is granted, so the quantity sent is as fresh as
/// the permit allows; the plan is the same computation for every channel, which keeps the scarce-stock allocation
/// consistent across them.
/// </para>
/// <para>
/// Coalescing on Azure: while an instance runs, <see cref="DurableSyncRequester"/> raises <see cref="StockChangedEvent"/>
/// on it instead of starting another. The orchestrator listens for that event from its start; if one came in by the
/// time a round ends, it continues as new with that request and syncs afresh. Further events of the same run are
/// dropped (they describe changes the fresh read already includes). So the channel has at most one push of a SKU in
/// flight, and the last run pushes the latest stock.
/// </para>
/// <para>
/// A channel that throttled, failed or drifted gets another round after a durable timer of exponential back-off with
/// jitter capped at <see cref="MaxRetryDelay"/> (<see cref="SyncRetryBackoff"/>; the channel's asked-for wait wins when
/// longer), until it is at its target: a run never gives the channel up. After <see cref="MaxRoundsPerRun"/> rounds it
/// continues as new with the same request (keeping the history short); a channel already at target then makes no call.
/// </para>
/// <para>
/// Per-position versions in the requests cannot be compared across locations, so any event means "read again"; a
/// round that finds nothing changed makes no channel call. Deterministic: the only clock is
/// <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>; all I/O is in the activity.
/// </para>
/// </remarks>
public static partial class SkuSyncOrchestrator
{
    /// <summary>The orchestrator's function name.</summary>
    public const string Name = "SkuSync";

    /// <summary>The external event raised on a running instance when the SKU's stock changed again.</summary>
    public const string StockChangedEvent = "stock-changed";

    /// <summary>The activity of one round: permit, read, plan, push and record for the channel.</summary>
    public const string SyncChannelActivity = "SkuSyncChannel";

    /// <summary>How many push rounds one run holds before it continues as new (the retries go on there).</summary>
    public const int MaxRoundsPerRun = 10;

    /// <summary>
    /// How long a run that brought its channel to target still listens for <see cref="StockChangedEvent"/> before it
    /// ends. An event raised during the last round can reach the orchestrator just after that round's result; without
    /// this, the run would end and the event be dropped with it.
    /// </summary>
    public static readonly TimeSpan CompletionGrace = TimeSpan.FromSeconds(1);

    /// <summary>The delay ceiling of the first retry round; it doubles per round.</summary>
    public static readonly TimeSpan RetryBaseDelay = SyncRetryBackoff.DefaultBaseDelay;

    /// <summary>The longest delay between retry rounds, unless a channel asks for longer.</summary>
    public static readonly TimeSpan MaxRetryDelay = SyncRetryBackoff.DefaultMaxDelay;

    /// <summary>Activities are tried three times, one, then two seconds apart.</summary>
    public static TaskOptions ActivityOptions { get; } = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2));

    /// <summary>
    /// The one instance id of a SKU x channel sync. Channel names hold no dash, so the SKU is everything after the
    /// second one, whatever it contains.
    /// </summary>
    public static string InstanceIdFor(string channel, string sku) => $"sync-{channel}-{sku}";

    /// <summary>Runs one sync of the SKU on the channel.</summary>
    public static async Task RunAsync(TaskOrchestrationContext context, ChannelSyncRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var logger = context.CreateReplaySafeLogger(typeof(SkuSyncOrchestrator));
        var changed = context.WaitForExternalEvent<SyncRequest>(StockChangedEvent);
        var sku = input.Request.Sku;

        for (var round = 1; ; round++)
        {
            var result = await SyncAsync(context, logger, input);
            var version = result?.Plan.StockVersion ?? input.Request.StockVersion;

            if (changed.IsCompleted)
            {
                ContinueWith(context, logger, input with { Request = changed.Result }, version);
                return;
            }

            if (result is { NeedsRetry: false })
            {
                // The grace timer is left to fire rather than cancelled: it is short, and a run that continues as
                // new must not leave a timer behind for the next one to receive.
                var grace = context.CreateTimer(CompletionGrace, CancellationToken.None);
                await Task.WhenAny(grace, changed);
                if (changed.IsCompleted)
                {
                    await grace;
                    ContinueWith(context, logger, input with { Request = changed.Result }, version);
                    return;
                }

                LogDone(logger, sku, input.Channel, version, round);
                return;
            }

            if (round >= MaxRoundsPerRun)
            {
                LogStillBehind(logger, sku, input.Channel, version, round);
                context.ContinueAsNew(input, preserveUnprocessedEvents: false);
                return;
            }

            // The jitter comes from the SKU, version and round, so a replay computes the same delay.
            var delay = SyncRetryBackoff.Delay(round, RetryBaseDelay, MaxRetryDelay, result?.AskedWait,
                SyncRetryBackoff.JitterOf(sku, version, round));
            // A change during the back-off starts the next round at once, within this run: continuing as new here
            // would leave the cancelled timer to fire into the next run.
            using var cancelTimer = new CancellationTokenSource();
            var timer = context.CreateTimer(delay, cancelTimer.Token);
            if (await Task.WhenAny(timer, changed) == changed)
            {
                await cancelTimer.CancelAsync();
                LogChanged(logger, sku, input.Channel, version);
                input = input with { Request = changed.Result };
                changed = context.WaitForExternalEvent<SyncRequest>(StockChangedEvent);
            }
        }
    }

    /// <summary>One round, or null when the activity failed after its own retries (the next round tries again).
    /// </summary>
    private static async Task<SkuSyncResult?> SyncAsync(
        TaskOrchestrationContext context, ILogger logger, ChannelSyncRequest input)
    {
        try
        {
            return await context.CallActivityAsync<SkuSyncResult>(SyncChannelActivity, input, ActivityOptions);
        }
        catch (TaskFailedException failure)
        {
            LogRoundFailed(logger, input.Request.Sku, input.Channel, failure.FailureDetails.ErrorMessage);
            return null;
        }
    }

    private static void ContinueWith(
        TaskOrchestrationContext context, ILogger logger, ChannelSyncRequest next, long syncedVersion)
    {
        LogChanged(logger, next.Request.Sku, next.Channel, syncedVersion);
        context.ContinueAsNew(next, preserveUnprocessedEvents: false);
    }

    [LoggerMessage(EventId = 6301, Level = LogLevel.Information,
        Message = "Synced SKU {Sku} to {Channel} at stock version {StockVersion} in {Rounds} round(s)")]
    private static partial void LogDone(ILogger logger, string sku, string channel, long stockVersion, int rounds);

    [LoggerMessage(EventId = 6303, Level = LogLevel.Warning,
        Message = "SKU {Sku} at stock version {StockVersion} is still behind on {Channel} after {Rounds} rounds; the "
            + "sync continues as a new run and keeps retrying")]
    private static partial void LogStillBehind(ILogger logger, string sku, string channel, long stockVersion,
        int rounds);

    [LoggerMessage(EventId = 6304, Level = LogLevel.Warning,
        Message = "A sync round of SKU {Sku} to {Channel} failed after its retries ({Reason}); trying again after "
            + "the back-off")]
    private static partial void LogRoundFailed(ILogger logger, string sku, string channel, string reason);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Information,
        Message = "The stock of SKU {Sku} changed while version {StockVersion} was syncing to {Channel}; syncing "
            + "again")]
    private static partial void LogChanged(ILogger logger, string sku, string channel, long stockVersion);
}

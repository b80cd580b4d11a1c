using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Sync;

/// <summary>
/// The local runtime's sync runner: coalesces requests per SKU and channel and runs <see cref="ChannelSyncService"/>
/// in process, one channel at a time (<see cref="ChannelSyncService.SyncChannelAsync"/>).
/// </summary>
/// <remarks>
/// <para>
/// Each SKU x channel has at most one sync running. A request for a SKU marks every synced channel of it
/// (<see cref="ChannelSyncService.SyncedChannels"/>); a channel whose sync is running is only marked dirty (keeping
/// the newest request), and when that sync ends it syncs once more, reading the stock afresh. So a burst of changes
/// costs each channel at most one push in flight and one final push of the latest stock, and each channel catches up
/// at its own pace: Shopify, Walmart, eBay and TikTok Shop are not held to Amazon's 5 calls a second. The sync state's
/// version guards are per channel and SKU, so a channel never gets an older number over a newer one; channels without
/// compare-and-set rely on this one-sync-per-SKU-and-channel rule. Syncs run side by side up to
/// <see cref="CoalescingSyncOptions.MaxConcurrentSkus"/> per channel; each sync takes a permit of its channel and
/// gives it back when it ends, and a dirty SKU queues for its next one behind the SKUs waiting, so busy SKUs take
/// turns. Inside a sync the channel's push lease is waited for before the stock is read
/// (<see cref="ChannelSyncService.SyncChannelAsync"/>), so the changes that come in while a sync waits for Amazon's
/// rate limit are in the quantity it sends. The Durable orchestration on Azure does the same per SKU x channel.
/// </para>
/// <para>
/// A sync whose channel throttled, failed or drifted is requested again for that channel after an exponential
/// back-off with jitter (<see cref="SyncRetryBackoff"/>, from <see cref="CoalescingSyncOptions.RetryBaseDelay"/> up to
/// <see cref="CoalescingSyncOptions.RetryMaxDelay"/>), or after the wait the channel asked for when that is longer,
/// and again until the channel is at its target: the runner never gives a channel up, so convergence does not depend
/// on a later change. One retry is waiting per SKU x channel at most; a sync that ends in between (a new change)
/// replaces it. Requests live in memory only: a crash or stop loses the syncs not yet run, which the next change of
/// the SKU or the reconciliation repairs.
/// </para>
/// </remarks>
public sealed partial class CoalescingSyncRequester : ISyncRequester, IAsyncDisposable
{
    private readonly ChannelSyncService _sync;
    private readonly CoalescingSyncOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CoalescingSyncRequester> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Sku, string Channel), SkuChannelSlot> _slots = [];
    private readonly Dictionary<(string Sku, string Channel), RetryState> _retries = [];
    private readonly HashSet<Task> _running = [];
    private readonly Dictionary<string, SemaphoreSlim> _concurrency = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Creates the runner over the sync use case.</summary>
    public CoalescingSyncRequester(
        ChannelSyncService sync,
        IOptions<CoalescingSyncOptions> options,
        TimeProvider time,
        ILogger<CoalescingSyncRequester> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _sync = sync ?? throw new ArgumentNullException(nameof(sync));
        _options = options.Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        foreach (var channel in _sync.SyncedChannels)
        {
            _concurrency[channel] = new SemaphoreSlim(_options.MaxConcurrentSkus, _options.MaxConcurrentSkus);
        }
    }

    /// <inheritdoc />
    public Task RequestSyncAsync(SyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                LogDroppedAtStop(_logger, request.Sku, request.StockVersion);
                return Task.CompletedTask;
            }

            foreach (var channel in _concurrency.Keys)
            {
                Request(request, channel);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Stops taking requests and waits for the running syncs to end.</summary>
    public async ValueTask DisposeAsync()
    {
        Task[] running;
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            _stopping.Cancel();
            running = [.. _running];
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        _stopping.Dispose();
        foreach (var semaphore in _concurrency.Values)
        {
            semaphore.Dispose();
        }
    }

    /// <summary>Completes when no sync is running or waiting to run (retries waiting on a timer do not count).</summary>
    internal async Task WhenIdleAsync()
    {
        while (true)
        {
            Task[] running;
            lock (_gate)
            {
                if (_slots.Count == 0)
                {
                    return;
                }

                running = [.. _running];
            }

            await Task.WhenAll(running).ConfigureAwait(false);
            await Task.Yield();
        }
    }

    private void Track(Task task)
    {
        _running.Add(task);
        task.ContinueWith(
            done =>
            {
                lock (_gate)
                {
                    _running.Remove(done);
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    // Called under the lock.
    private void Request(SyncRequest request, string channel)
    {
        if (_slots.TryGetValue((request.Sku, channel), out var slot))
        {
            slot.Merge(request);
            return;
        }

        slot = new SkuChannelSlot(request, channel);
        _slots[slot.Key] = slot;
        Track(RunAsync(slot));
    }

    private async Task RunAsync(SkuChannelSlot slot)
    {
        var stopping = _stopping.Token;
        var concurrency = _concurrency[slot.Channel];

        // Queue for the permit before leaving the caller's thread, so the new SKU is in line before a busy SKU that
        // gives its permit back can take it again.
        Task? permit = concurrency.WaitAsync(stopping);

        // Leave the caller's thread at once: the request is handed over, the sync runs behind it.
        await Task.Yield();
        while (true)
        {
            // A permit per sync, not per SKU: a SKU that became dirty meanwhile queues for a permit again behind
            // the SKUs already waiting (SemaphoreSlim serves async waiters in order), so a SKU that stays busy takes
            // turns with the others instead of starving them.
            try
            {
                await (permit ?? concurrency.WaitAsync(stopping)).ConfigureAwait(false);
                permit = null;
            }
            catch (OperationCanceledException)
            {
                Forget(slot);
                return;
            }

            SyncRequest request;
            (bool Needed, TimeSpan? Asked) retry;
            try
            {
                lock (_gate)
                {
                    request = slot.Take();
                }

                retry = await SyncOnceAsync(request, slot.Channel, stopping).ConfigureAwait(false);
            }
            finally
            {
                concurrency.Release();
            }

            if (stopping.IsCancellationRequested)
            {
                Forget(slot);
                return;
            }

            lock (_gate)
            {
                if (slot.Dirty)
                {
                    continue;
                }

                _slots.Remove(slot.Key);
                ScheduleRetry(request, slot.Channel, retry);
                return;
            }
        }
    }

    /// <summary>Runs one sync; returns whether it needs a retry and the longest wait the channel asked for.</summary>
    private async Task<(bool Needed, TimeSpan? Asked)> SyncOnceAsync(
        SyncRequest request, string channel, CancellationToken stopping)
    {
        try
        {
            var result = await _sync.SyncChannelAsync(request, channel, stopping).ConfigureAwait(false);
            return (result.NeedsRetry, result.AskedWait);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return (false, null);
        }
        catch (Exception error)
        {
            LogSyncFailed(_logger, error, request.Sku, channel, request.StockVersion);
            return (true, null);
        }
    }

    // Called under the lock.
    private void ScheduleRetry(SyncRequest request, string channel, (bool Needed, TimeSpan? Asked) retry)
    {
        var key = (request.Sku, channel);
        if (!retry.Needed)
        {
            // A retry still waiting finds itself replaced and does nothing.
            _retries.Remove(key);
            return;
        }

        var previous = _retries.GetValueOrDefault(key);
        var state = new RetryState((previous?.Attempt ?? 0) + 1);
        _retries[key] = state;
        var delay = SyncRetryBackoff.Delay(
            state.Attempt, _options.RetryBaseDelay, _options.RetryMaxDelay, retry.Asked, Random.Shared.NextDouble());
        LogRetrying(_logger, request.Sku, channel, request.StockVersion, delay, state.Attempt);
        Track(RetryLaterAsync(request, channel, delay, state));
    }

    private async Task RetryLaterAsync(SyncRequest request, string channel, TimeSpan delay, RetryState state)
    {
        try
        {
            await Task.Delay(delay, _time, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_gate)
        {
            if (_stopping.IsCancellationRequested || !_retries.TryGetValue((request.Sku, channel), out var current)
                || !ReferenceEquals(current, state))
            {
                return;
            }

            Request(request, channel);
        }
    }

    private void Forget(SkuChannelSlot slot)
    {
        lock (_gate)
        {
            _slots.Remove(slot.Key);
        }
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Error,
        Message = "The sync of SKU {Sku} to {Channel} (stock version {StockVersion}) failed; it is tried again "
            + "shortly")]
    private static partial void LogSyncFailed(ILogger logger, Exception error, string sku, string channel,
        long stockVersion);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Information,
        Message = "SKU {Sku} syncs to {Channel} again in {Delay} (stock version {StockVersion}, retry {Attempt}): "
            + "the channel throttled, failed or drifted")]
    private static partial void LogRetrying(ILogger logger, string sku, string channel, long stockVersion,
        TimeSpan delay, int attempt);

    /// <summary>One SKU x channel's run of failing syncs; a waiting retry runs only while its own state is current.
    /// </summary>
    private sealed class RetryState(int attempt)
    {
        public int Attempt { get; } = attempt;
    }

    [LoggerMessage(EventId = 6204, Level = LogLevel.Warning,
        Message = "The sync request for SKU {Sku} (stock version {StockVersion}) came in while the host was stopping "
            + "and was dropped; the reconciliation repairs the channels")]
    private static partial void LogDroppedAtStop(ILogger logger, string sku, long stockVersion);
}

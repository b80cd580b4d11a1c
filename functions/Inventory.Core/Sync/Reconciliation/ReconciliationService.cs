using Inventory.Core.Documents;
using Inventory.Core.Stock;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Core.Sync.Reconciliation;

/// <summary>
/// The reconciliation use case: reads what each channel really shows for the recently changed SKUs and a rotating
/// slice of the rest, compares it with the target from the current stock, records every difference as a
/// <see cref="DriftEvent"/> and hands the SKU to the sync runner so the channel converges.
/// </summary>
/// <remarks>
/// <para>
/// The repair goes through <see cref="ISyncRequester"/>, so it runs under the same one-sync-per-SKU rule as every other
/// sync. The sync skips a channel whose target equals what it last accepted, so when the channel shows something we
/// never published, the sync state is first moved to what the channel shows (a guarded write that also counts the
/// drift); the sync then sees a difference and pushes, with the seen quantity as the expected one. When that write
/// loses to a concurrent sync, the SKU is still handed over: the concurrent sync re-reads the state before it pushes.
/// </para>
/// <para>
/// A SKU whose stock moved moments before a run may be reported as drifted while its sync is still on the way; the
/// event then says <see cref="DriftCause.PushPending"/> or <see cref="DriftCause.Unknown"/>, and the repair is a sync
/// that would have happened anyway.
/// </para>
/// </remarks>
public sealed partial class ReconciliationService
{
    /// <summary>The document id of the rotating slice's cursor in <see cref="DocumentCollections.Reconciliation"/>.</summary>
    public const string CursorId = "cursor";

    private readonly ISyncStateStore _states;
    private readonly IStockStore _stock;
    private readonly IChannelTargetCalculator _targets;
    private readonly ISyncRequester _sync;
    private readonly IDocumentStore _documents;
    private readonly Dictionary<string, IChannelInventoryClient> _clients;
    private readonly ReconciliationOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReconciliationService> _logger;

    /// <summary>Creates the use case over its ports.</summary>
    public ReconciliationService(
        ISyncStateStore states,
        IStockStore stock,
        IChannelTargetCalculator targets,
        ISyncRequester sync,
        IDocumentStore documents,
        IEnumerable<IChannelInventoryClient> clients,
        IOptions<ReconciliationOptions> options,
        TimeProvider time,
        ILogger<ReconciliationService> logger)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        _states = states ?? throw new ArgumentNullException(nameof(states));
        _stock = stock ?? throw new ArgumentNullException(nameof(stock));
        _targets = targets ?? throw new ArgumentNullException(nameof(targets));
        _sync = sync ?? throw new ArgumentNullException(nameof(sync));
        _documents = documents ?? throw new ArgumentNullException(nameof(documents));
        _options = options.Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _clients = new Dictionary<string, IChannelInventoryClient>(StringComparer.Ordinal);
        // A channel whose client is not configured is not synced, so there is nothing to compare it with.
        foreach (var client in clients.Where(c => c.IsConfigured))
        {
            _clients.TryAdd(client.Channel, client);
        }
    }

    /// <summary>Runs one reconciliation pass and moves the rotating slice's cursor on.</summary>
    public async Task<ReconciliationSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var startedAt = _time.GetUtcNow();
        var recent = await _states.ListChangedSinceAsync(startedAt - _options.RecentWindow, _options.RecentLimit,
            cancellationToken).ConfigureAwait(false);
        var (slice, next) = await ReadSliceAsync(cancellationToken).ConfigureAwait(false);

        var skus = recent.Concat(slice).Select(s => s.State.Sku).Distinct(StringComparer.Ordinal).ToArray();
        var tally = new Tally();
        await Parallel.ForEachAsync(skus,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentSkus, CancellationToken = cancellationToken },
            async (sku, token) => await CheckSkuAsync(sku, tally, token).ConfigureAwait(false)).ConfigureAwait(false);

        await _documents.UpsertAsync(DocumentCollections.Reconciliation, CursorId,
            new ReconciliationCursor(next, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);

        var summary = new ReconciliationSummary(skus.Length, tally.Checked, tally.Drifted, tally.Repaired, tally.Failed,
            SliceWrapped: next is null);
        LogRun(_logger, summary.Skus, summary.Checked, summary.Drifted, summary.Repaired, summary.Failed);
        return summary;
    }

    private async Task<(IReadOnlyList<StoredSyncState> Slice, string? Next)> ReadSliceAsync(
        CancellationToken cancellationToken)
    {
        if (_options.SliceSize == 0)
        {
            return ([], null);
        }

        var cursor = await _documents.GetAsync<ReconciliationCursor>(DocumentCollections.Reconciliation, CursorId,
            cancellationToken).ConfigureAwait(false);
        var continuation = cursor?.Value.Continuation;
        var slice = new List<StoredSyncState>();
        while (true)
        {
            SyncStatePage page;
            try
            {
                page = await _states.ListPageAsync(continuation, _options.SliceSize - slice.Count, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (ArgumentException) when (continuation is not null)
            {
                // A cursor from another store (or an older format) is not worth failing the run for: start over.
                LogCursorReset(_logger);
                continuation = null;
                continue;
            }

            slice.AddRange(page.States);
            continuation = page.Continuation;
            if (continuation is null || slice.Count >= _options.SliceSize)
            {
                break;
            }
        }

        return (slice, continuation);
    }

    private async Task CheckSkuAsync(string sku, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            var positions = await _stock.GetPositionsAsync(sku, cancellationToken).ConfigureAwait(false);
            var targets = await _targets.ComputeAsync(sku, positions, cancellationToken).ConfigureAwait(false);
            var stockVersion = SyncPlan.StockVersionOf(positions);
            var states = (await _states.ListAsync(sku, cancellationToken).ConfigureAwait(false))
                .ToDictionary(s => s.State.Channel, StringComparer.Ordinal);

            var drifted = false;
            foreach (var target in targets)
            {
                if (!_clients.TryGetValue(target.Channel, out var client))
                {
                    continue;
                }

                var stored = states.GetValueOrDefault(target.Channel);
                drifted |= await CheckChannelAsync(client, sku, target.Quantity, stockVersion, stored, tally,
                    cancellationToken).ConfigureAwait(false);
            }

            if (drifted)
            {
                await _sync.RequestSyncAsync(new SyncRequest(sku, stockVersion, _time.GetUtcNow()), cancellationToken)
                    .ConfigureAwait(false);
                tally.Repair();
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogSkuFailed(_logger, error, sku);
            tally.Fail();
        }
    }

    private async Task<bool> CheckChannelAsync(IChannelInventoryClient client, string sku, int target,
        long stockVersion, StoredSyncState? stored, Tally tally, CancellationToken cancellationToken)
    {
        int? seen;
        try
        {
            seen = await client.ReadQuantityAsync(sku, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogReadFailed(_logger, error, sku, client.Channel);
            tally.Fail();
            return false;
        }

        tally.Check();
        if (seen is not { } quantity)
        {
            LogNotListed(_logger, sku, client.Channel);
            return false;
        }

        if (quantity == target)
        {
            return false;
        }

        var state = stored?.State;
        var drift = new DriftEvent(client.Channel, sku, quantity, target, state?.PublishedQuantity, stockVersion,
            _time.GetUtcNow(), CauseOf(state, quantity));
        tally.Drift();
        LogDrift(_logger, sku, client.Channel, quantity, target, state?.PublishedQuantity, drift.Cause);
        await _documents.UpsertAsync(DocumentCollections.DriftEvents, drift.Id, drift, cancellationToken)
            .ConfigureAwait(false);
        await _documents.UpsertAsync(DocumentCollections.LatestDrift, DriftEvent.LatestId(client.Channel, sku), drift,
            cancellationToken).ConfigureAwait(false);
        await RebaseAsync(client.Channel, sku, quantity, stored, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The cause rules for a channel showing <paramref name="seen"/> instead of its target.</summary>
    internal static DriftCause CauseOf(ChannelSyncState? state, int seen)
    {
        if (state is null)
        {
            return DriftCause.Unknown;
        }

        // A pending push that the channel took but whose outcome was never recorded shows the pending quantity.
        if (state.PendingVersion is not null && seen == state.PendingQuantity)
        {
            return DriftCause.PushPending;
        }

        if (state.PublishedQuantity is { } published && seen != published)
        {
            return DriftCause.ChannelChangedOutsideProduct;
        }

        return state.PendingVersion is not null || state.LastError is not null
            ? DriftCause.PushPending
            : DriftCause.Unknown;
    }

    private async Task RebaseAsync(
        string channel, string sku, int seen, StoredSyncState? stored, CancellationToken cancellationToken)
    {
        var state = stored?.State ?? ChannelSyncState.New(channel, sku);
        if (state.PublishedQuantity == seen)
        {
            return;
        }

        var rebased = state with { PublishedQuantity = seen, DriftCount = state.DriftCount + 1 };
        var write = await _states.WriteAsync(rebased, stored?.ETag, cancellationToken).ConfigureAwait(false);
        if (write.Status != SyncStateWriteStatus.Written)
        {
            LogRebaseLost(_logger, sku, channel, write.Status);
        }
    }

    private sealed class Tally
    {
        private int _checked;
        private int _drifted;
        private int _repaired;
        private int _failed;

        public int Checked => Volatile.Read(ref _checked);

        public int Drifted => Volatile.Read(ref _drifted);

        public int Repaired => Volatile.Read(ref _repaired);

        public int Failed => Volatile.Read(ref _failed);

        public void Check() => Interlocked.Increment(ref _checked);

        public void Drift() => Interlocked.Increment(ref _drifted);

        public void Repair() => Interlocked.Increment(ref _repaired);

        public void Fail() => Interlocked.Increment(ref _failed);
    }

    [LoggerMessage(EventId = 6500, Level = LogLevel.Information,
        Message = "Reconciliation checked {Checked} channel quantities of {Skus} SKUs: {Drifted} drifted, "
            + "{Repaired} SKUs sent for repair, {Failed} failed")]
    private static partial void LogRun(ILogger logger, int skus, int @checked, int drifted, int repaired, int failed);

    [LoggerMessage(EventId = 6501, Level = LogLevel.Warning,
        Message = "SKU {Sku} drifted on {Channel}: it shows {Seen}, the target is {Expected} (last published "
            + "{Published}, cause {Cause}); a sync is requested to correct it")]
    private static partial void LogDrift(ILogger logger, string sku, string channel, int seen, int expected,
        int? published, DriftCause cause);

    [LoggerMessage(EventId = 6502, Level = LogLevel.Warning,
        Message = "Reading the quantity of SKU {Sku} on {Channel} failed; the channel is skipped in this "
            + "reconciliation and checked again on a later run")]
    private static partial void LogReadFailed(ILogger logger, Exception error, string sku, string channel);

    [LoggerMessage(EventId = 6503, Level = LogLevel.Error,
        Message = "Reconciling SKU {Sku} failed; it is checked again on a later run")]
    private static partial void LogSkuFailed(ILogger logger, Exception error, string sku);

    [LoggerMessage(EventId = 6504, Level = LogLevel.Debug,
        Message = "SKU {Sku} is not listed on {Channel}; nothing to compare")]
    private static partial void LogNotListed(ILogger logger, string sku, string channel);

    [LoggerMessage(EventId = 6505, Level = LogLevel.Debug,
        Message = "The sync state of SKU {Sku} on {Channel} changed while the drift was being noted ({Status}); the "
            + "requested sync reads it again")]
    private static partial void LogRebaseLost(ILogger logger, string sku, string channel, SyncStateWriteStatus status);

    [LoggerMessage(EventId = 6506, Level = LogLevel.Warning,
        Message = "The reconciliation cursor was not accepted by the sync state store; the rotating slice starts over "
            + "from the beginning")]
    private static partial void LogCursorReset(ILogger logger);
}

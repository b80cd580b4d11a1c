using System.Globalization;
using Inventory.Core.Stock;
using Microsoft.Extensions.Logging;

namespace Inventory.Core.Sync;

/// <summary>
/// The sync use case: brings every channel's quantity of a SKU up to date with the SKU's stock. Both runtimes call
/// <see cref="SyncChannelAsync"/> per SKU x channel: the local runner in process, the Durable orchestration as one
/// activity per round. <see cref="PlanAsync"/>, <see cref="PushAsync"/> and <see cref="RecordAsync"/> are its steps.
/// </summary>
/// <remarks>
/// <para>
/// The quantity sent is as fresh as the channel's rate limit allows: <see cref="SyncChannelAsync"/> and
/// <see cref="SyncSkuAsync"/> first wait for the channel's permission to push
/// (<see cref="IChannelInventoryClient.AcquirePushLeaseAsync"/>), then read the stock and push on that lease, so the
/// wait is not added to the age of the number. A sync that ends without a call gives the lease back, so it costs the
/// channel's budget nothing, but it did wait for the lease: a change that leaves a channel's target as it was takes
/// as long as a rate-limit wait to find that out (a read before the lease would skip it, at a second read for every
/// sync that pushes; not done). <see cref="PushAsync"/> called on its own takes no lease: it waits for its channel
/// after its caller read the stock.
/// </para>
/// <para>
/// A push is never sent for an older stock version than one already claimed or published for the channel. Before a
/// push, the target is claimed in the sync state (pending quantity and version) through the store's guarded write,
/// which refuses an older version; the push carries the last published quantity as the expected channel quantity
/// (compare-and-set). When the channel refuses the compare, the state is read again before the retry, and a newer claim
/// wins: the newer push's claim was written before it was sent, so it is visible by the time its effect is. After the
/// push the outcome is written through the same guard. Channels that ignore the expected quantity rely on the
/// runners sending one sync per SKU and channel at a time (one coalescing-runner slot locally, one orchestration on
/// Azure, per SKU x channel).
/// </para>
/// <para>
/// A channel whose target equals what it last accepted, with nothing pending, is not called at all: that spends none
/// of its rate budget. Drift made on the channel's side (a quantity typed in its admin) is therefore only seen on the
/// next change or by reconciliation.
/// </para>
/// <para>
/// Only channels whose outbound client <see cref="IChannelInventoryClient.IsConfigured">is configured</see> are
/// synced (<see cref="SyncedChannels"/>); the target calculator leaves the others out, and work naming one anyway
/// ends as <see cref="ChannelSyncDecision.NotConfigured"/> without a call or a retry.
/// </para>
/// </remarks>
public sealed partial class ChannelSyncService
{
    private const int MaxWriteAttempts = 5;

    private readonly IStockStore _stock;
    private readonly IChannelTargetCalculator _targets;
    private readonly ISyncStateStore _states;
    private readonly Dictionary<string, IChannelInventoryClient> _clients;
    private readonly HashSet<string> _notConfigured;
    private readonly TimeProvider _time;
    private readonly ILogger<ChannelSyncService> _logger;

    /// <summary>Creates the use case over its ports.</summary>
    public ChannelSyncService(
        IStockStore stock,
        IChannelTargetCalculator targets,
        ISyncStateStore states,
        IEnumerable<IChannelInventoryClient> clients,
        TimeProvider time,
        ILogger<ChannelSyncService> logger)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _stock = stock ?? throw new ArgumentNullException(nameof(stock));
        _targets = targets ?? throw new ArgumentNullException(nameof(targets));
        _states = states ?? throw new ArgumentNullException(nameof(states));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _clients = new Dictionary<string, IChannelInventoryClient>(StringComparer.Ordinal);
        _notConfigured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var client in clients)
        {
            if (client.IsConfigured)
            {
                _clients.TryAdd(client.Channel, client);
            }
            else
            {
                _notConfigured.Add(client.Channel);
            }
        }

        _notConfigured.ExceptWith(_clients.Keys);
        SyncedChannels = [.. _clients.Keys.Order(StringComparer.Ordinal)];
        NotConfiguredChannels = [.. _notConfigured.Order(StringComparer.Ordinal)];
    }

    /// <summary>The channels this service pushes to: those with a configured outbound client, in ordinal order.
    /// </summary>
    public IReadOnlyList<string> SyncedChannels { get; }

    /// <summary>The channels with an outbound client that is not configured, in ordinal order; never synced.</summary>
    public IReadOnlyList<string> NotConfiguredChannels { get; }

    /// <summary>
    /// Waits for every synced channel's push lease, then reads the SKU's positions, computes every channel's target,
    /// pushes what changed and records it. The read waits for the slowest channel's lease.
    /// </summary>
    public async Task<SkuSyncResult> SyncSkuAsync(SyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var leases = await AcquireLeasesAsync(request.Sku, SyncedChannels, cancellationToken).ConfigureAwait(false);
        try
        {
            var plan = await PlanAsync(request, cancellationToken).ConfigureAwait(false);

            var outcomes = await Task.WhenAll(plan.ToWork().Select(work => PushOnLeaseAsync(
                    work, leases.GetValueOrDefault(work.Channel) ?? ChannelPushLease.None, cancellationToken)))
                .ConfigureAwait(false);

            await RecordAsync(outcomes, cancellationToken).ConfigureAwait(false);
            return new SkuSyncResult(plan, outcomes);
        }
        finally
        {
            foreach (var lease in leases.Values)
            {
                lease.Dispose();
            }
        }
    }

    /// <summary>
    /// Brings one channel of the SKU up to date: waits for the channel's push lease, then reads the positions,
    /// computes the targets and pushes and records only <paramref name="channel"/>'s. The local runner syncs each SKU
    /// x channel on its own, so a channel is refreshed at its own pace instead of waiting for the slowest channel's
    /// push.
    /// </summary>
    public async Task<SkuSyncResult> SyncChannelAsync(
        SyncRequest request, string channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(channel);
        using var lease = await AcquireLeaseAsync(request.Sku, channel, cancellationToken).ConfigureAwait(false);
        var plan = await PlanAsync(request, cancellationToken).ConfigureAwait(false);

        var work = plan.ToWork().Where(w => string.Equals(w.Channel, channel, StringComparison.Ordinal));
        var outcomes = new List<ChannelSyncOutcome>(1);
        foreach (var item in work)
        {
            outcomes.Add(await PushOnLeaseAsync(item, lease, cancellationToken).ConfigureAwait(false));
        }

        await RecordAsync(outcomes, cancellationToken).ConfigureAwait(false);
        return new SkuSyncResult(plan, outcomes);
    }

    /// <summary>Reads the SKU's positions and computes the targets, with the stock version of that read.</summary>
    public async Task<SyncPlan> PlanAsync(SyncRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var positions = await _stock.GetPositionsAsync(request.Sku, cancellationToken).ConfigureAwait(false);
        var targets = await _targets.ComputeAsync(request.Sku, positions, cancellationToken).ConfigureAwait(false);
        var plan = new SyncPlan(request.Sku, SyncPlan.StockVersionOf(positions), request.OriginReceivedAt, targets);
        LogPlanned(_logger, plan.Sku, plan.StockVersion, targets.Count);
        return plan;
    }

    /// <summary>
    /// Claims the channel's target in the sync state and pushes it, unless nothing changed or a newer version got there
    /// first. Never throws for a channel-side failure: the outcome says what happened. The push waits for the channel's
    /// rate limit after the target was computed (no lease crosses from <see cref="PlanAsync"/> to here).
    /// </summary>
    public Task<ChannelSyncOutcome> PushAsync(ChannelSyncWork work, CancellationToken cancellationToken = default) =>
        PushOnLeaseAsync(work, ChannelPushLease.None, cancellationToken);

    /// <summary>
    /// Records the outcomes in the sync state through the guarded write; an outcome older than what is stored is
    /// dropped. Returns how many states were written.
    /// </summary>
    public async Task<int> RecordAsync(
        IReadOnlyList<ChannelSyncOutcome> outcomes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var written = 0;
        foreach (var outcome in outcomes)
        {
            if (await RecordOneAsync(outcome, cancellationToken).ConfigureAwait(false))
            {
                written++;
            }
        }

        return written;
    }

    private async Task<ChannelSyncOutcome> PushOnLeaseAsync(
        ChannelSyncWork work, ChannelPushLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_notConfigured.Contains(work.Channel))
        {
            LogNotConfigured(_logger, work.Sku, work.Channel);
            return Outcome(work, ChannelSyncDecision.NotConfigured);
        }

        if (!_clients.TryGetValue(work.Channel, out var client))
        {
            LogNoClient(_logger, work.Sku, work.Channel);
            return Outcome(work, ChannelSyncDecision.NoClient,
                error: $"No outbound client is registered for channel '{work.Channel}'; configure the channel.");
        }

        var claim = await ClaimAsync(work, cancellationToken).ConfigureAwait(false);
        if (claim is not { } claimed)
        {
            LogSuperseded(_logger, work.Sku, work.Channel, work.StockVersion);
            return Outcome(work, ChannelSyncDecision.Superseded);
        }

        if (claimed.Unchanged)
        {
            return Outcome(work, ChannelSyncDecision.Unchanged);
        }

        var push = new ChannelPush(work.Channel, work.Sku, work.Target, work.StockVersion, claimed.Expected,
            IdempotencyKey(work, claimed.Expected));
        var result = await SendAsync(client, push, lease, cancellationToken).ConfigureAwait(false);
        if (result.Status != PushStatus.StaleCompare)
        {
            return FromResult(work, result, drifted: false, channelQuantity: null);
        }

        return await RetryAfterDriftAsync(client, work, claimed.Expected, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The channel's push lease, or <see cref="ChannelPushLease.None"/> for a channel this service does not push to or
    /// whose client failed to give one (the push then waits for the channel itself).
    /// </summary>
    private async Task<ChannelPushLease> AcquireLeaseAsync(
        string sku, string channel, CancellationToken cancellationToken)
    {
        if (!_clients.TryGetValue(channel, out var client))
        {
            return ChannelPushLease.None;
        }

        try
        {
            return await client.AcquirePushLeaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogLeaseFailed(_logger, error, sku, channel);
            return ChannelPushLease.None;
        }
    }

    /// <summary>The leases of several channels, waited for side by side; all given back if one wait is cancelled.
    /// </summary>
    private async Task<Dictionary<string, ChannelPushLease>> AcquireLeasesAsync(
        string sku, IReadOnlyList<string> channels, CancellationToken cancellationToken)
    {
        var waits = channels.Select(channel => AcquireLeaseAsync(sku, channel, cancellationToken)).ToArray();
        try
        {
            await Task.WhenAll(waits).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            foreach (var wait in waits.Where(w => w.IsCompletedSuccessfully))
            {
                wait.Result.Dispose();
            }

            throw;
        }

        var leases = new Dictionary<string, ChannelPushLease>(channels.Count, StringComparer.Ordinal);
        for (var index = 0; index < channels.Count; index++)
        {
            leases[channels[index]] = waits[index].Result;
        }

        return leases;
    }

    /// <summary>
    /// The key names the whole request, the expected quantity included: a channel answers a key it has seen with its
    /// first answer (or refuses it when the arguments differ), so a key reused with another expected quantity, as a
    /// correction after a drift would, could never succeed again for that stock version. Same key, same request: a
    /// retry of a push that took effect unseen (a timeout) gets the channel's first answer and is not applied twice.
    /// </summary>
    private static string IdempotencyKey(ChannelSyncWork work, int? expected) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{work.Channel}:{work.Sku}:{work.StockVersion}:from-{(expected is { } from ? from : "any")}");

    private async Task<Claim?> ClaimAsync(ChannelSyncWork work, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var stored = await _states.GetAsync(work.Channel, work.Sku, cancellationToken).ConfigureAwait(false);
            var state = stored?.State ?? ChannelSyncState.New(work.Channel, work.Sku);
            if (state.Version > work.StockVersion)
            {
                return null;
            }

            if (state.PublishedQuantity == work.Target && state.PendingVersion is null)
            {
                return new Claim(state.PublishedQuantity, Unchanged: true);
            }

            var claimed = state with
            {
                PendingQuantity = work.Target,
                PendingVersion = work.StockVersion,
                LastAttemptAt = _time.GetUtcNow(),
            };
            var write = await _states.WriteAsync(claimed, stored?.ETag, cancellationToken).ConfigureAwait(false);
            switch (write.Status)
            {
                case SyncStateWriteStatus.Written:
                    return new Claim(state.PublishedQuantity, Unchanged: false);
                case SyncStateWriteStatus.Stale:
                    return null;
            }
        }

        throw new SyncStateContentionException(work.Channel, work.Sku, MaxWriteAttempts);
    }

    private async Task<ChannelSyncOutcome> RetryAfterDriftAsync(
        IChannelInventoryClient client, ChannelSyncWork work, int? expected, CancellationToken cancellationToken)
    {
        // Someone changed the channel's quantity. If it was a newer push of ours, its claim is already stored.
        var stored = await _states.GetAsync(work.Channel, work.Sku, cancellationToken).ConfigureAwait(false);
        if (stored is { } current && current.State.Version > work.StockVersion)
        {
            LogSuperseded(_logger, work.Sku, work.Channel, work.StockVersion);
            return Outcome(work, ChannelSyncDecision.Superseded, drifted: true);
        }

        int? onChannel;
        try
        {
            onChannel = await client.ReadQuantityAsync(work.Sku, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return Outcome(work, ChannelSyncDecision.Failed, drifted: true,
                error: $"Reading the quantity on {work.Channel} after a drift failed: {error.Message}");
        }

        LogDrift(_logger, work.Sku, work.Channel, work.StockVersion, expected, onChannel);
        if (onChannel is null)
        {
            return Outcome(work, ChannelSyncDecision.NotListed, drifted: true);
        }

        // The correction is a push of its own after a read: it waits for the channel, not on the first push's lease.
        var push = new ChannelPush(work.Channel, work.Sku, work.Target, work.StockVersion, onChannel,
            IdempotencyKey(work, onChannel));
        var result = await SendAsync(client, push, ChannelPushLease.None, cancellationToken).ConfigureAwait(false);
        return result.Status == PushStatus.StaleCompare
            ? Outcome(work, ChannelSyncDecision.Drifted, drifted: true, channelQuantity: onChannel,
                error: $"The quantity on {work.Channel} changed again while it was being corrected; "
                    + "the next sync or the reconciliation will repair it.")
            : FromResult(work, result, drifted: true, channelQuantity: onChannel);
    }

    private async Task<PushResult> SendAsync(
        IChannelInventoryClient client, ChannelPush push, ChannelPushLease lease, CancellationToken cancellationToken)
    {
        try
        {
            return lease.IsHeld
                ? await client.PushAsync(push, lease, cancellationToken).ConfigureAwait(false)
                : await client.PushAsync(push, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The port promises not to throw for a channel failure; a client that does still must not stop the sync.
            LogClientThrew(_logger, error, push.Sku, push.Channel, push.StockVersion);
            return new PushResult(PushStatus.Failed, null, null, error.Message);
        }
    }

    private ChannelSyncOutcome FromResult(ChannelSyncWork work, PushResult result, bool drifted, int? channelQuantity)
    {
        var decision = result.Status switch
        {
            PushStatus.Accepted => ChannelSyncDecision.Pushed,
            PushStatus.Throttled => ChannelSyncDecision.Throttled,
            PushStatus.NotListed => ChannelSyncDecision.NotListed,
            PushStatus.StaleCompare => ChannelSyncDecision.Drifted,
            _ => ChannelSyncDecision.Failed,
        };
        if (decision == ChannelSyncDecision.Pushed)
        {
            LogPushed(_logger, work.Sku, work.Channel, work.StockVersion, work.Target);
        }
        else
        {
            LogNotPushed(_logger, work.Sku, work.Channel, work.StockVersion, decision, result.Error);
        }

        var error = decision == ChannelSyncDecision.Pushed ? null
            : result.Error ?? $"The push to {work.Channel} ended as {result.Status}.";
        return Outcome(work, decision, drifted, channelQuantity, result.RetryAfter, error);
    }

    private ChannelSyncOutcome Outcome(
        ChannelSyncWork work,
        ChannelSyncDecision decision,
        bool drifted = false,
        int? channelQuantity = null,
        TimeSpan? retryAfter = null,
        string? error = null) =>
        new(work, decision, _time.GetUtcNow(), drifted, channelQuantity, retryAfter, error);

    private async Task<bool> RecordOneAsync(ChannelSyncOutcome outcome, CancellationToken cancellationToken)
    {
        var work = outcome.Work;
        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var stored = await _states.GetAsync(work.Channel, work.Sku, cancellationToken).ConfigureAwait(false);
            var state = stored?.State ?? ChannelSyncState.New(work.Channel, work.Sku);
            if (Apply(state, outcome) is not { } next)
            {
                return false;
            }

            var write = await _states.WriteAsync(next, stored?.ETag, cancellationToken).ConfigureAwait(false);
            switch (write.Status)
            {
                case SyncStateWriteStatus.Written:
                    return true;
                case SyncStateWriteStatus.Stale:
                    LogSuperseded(_logger, work.Sku, work.Channel, work.StockVersion);
                    return false;
            }
        }

        throw new SyncStateContentionException(work.Channel, work.Sku, MaxWriteAttempts);
    }

    /// <summary>The state after an outcome, or null when the outcome changes nothing (or is older than the state).</summary>
    private static ChannelSyncState? Apply(ChannelSyncState state, ChannelSyncOutcome outcome)
    {
        var work = outcome.Work;
        var drift = state.DriftCount + (outcome.Drifted ? 1 : 0);
        var pendingDone = state.PendingVersion is { } pending && pending <= work.StockVersion;
        switch (outcome.Decision)
        {
            case ChannelSyncDecision.Pushed when state.PublishedVersion <= work.StockVersion:
                return state with
                {
                    PublishedQuantity = work.Target,
                    PublishedVersion = work.StockVersion,
                    PublishedAt = outcome.At,
                    Latency = outcome.At - work.OriginReceivedAt,
                    PendingQuantity = pendingDone ? null : state.PendingQuantity,
                    PendingVersion = pendingDone ? null : state.PendingVersion,
                    LastAttemptAt = outcome.At,
                    LastError = null,
                    RetryNotBefore = null,
                    DriftCount = drift,
                };

            case ChannelSyncDecision.Unchanged when state.PublishedVersion < work.StockVersion
                && state.PublishedQuantity == work.Target:
                return state with { PublishedVersion = work.StockVersion };

            case ChannelSyncDecision.NotListed when state.Version <= work.StockVersion:
                return state with
                {
                    PendingQuantity = pendingDone ? null : state.PendingQuantity,
                    PendingVersion = pendingDone ? null : state.PendingVersion,
                    LastAttemptAt = outcome.At,
                    LastError = outcome.Error ?? $"SKU {work.Sku} is not listed on {work.Channel}.",
                    DriftCount = drift,
                };

            case ChannelSyncDecision.Throttled or ChannelSyncDecision.Failed or ChannelSyncDecision.Drifted
                when state.Version <= work.StockVersion:
                return state with
                {
                    LastAttemptAt = outcome.At,
                    LastError = outcome.Error,
                    RetryNotBefore = outcome.RetryAfter is { } wait ? outcome.At + wait : null,
                    DriftCount = drift,
                };

            case ChannelSyncDecision.Superseded when outcome.Drifted:
                return state with { DriftCount = drift };

            default:
                return null;
        }
    }

    private readonly record struct Claim(int? Expected, bool Unchanged);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug,
        Message = "Planned the sync of SKU {Sku} at stock version {StockVersion}: {ChannelCount} channel targets")]
    private static partial void LogPlanned(ILogger logger, string sku, long stockVersion, int channelCount);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information,
        Message = "Pushed {Quantity} for SKU {Sku} to {Channel} (stock version {StockVersion})")]
    private static partial void LogPushed(ILogger logger, string sku, string channel, long stockVersion, int quantity);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning,
        Message = "The push for SKU {Sku} to {Channel} (stock version {StockVersion}) ended as {Decision}: {Error}; "
            + "it stays pending and is tried again")]
    private static partial void LogNotPushed(ILogger logger, string sku, string channel, long stockVersion,
        ChannelSyncDecision decision, string? error);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Debug,
        Message = "Skipped SKU {Sku} on {Channel} at stock version {StockVersion}: a newer version is already "
            + "claimed or published")]
    private static partial void LogSuperseded(ILogger logger, string sku, string channel, long stockVersion);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning,
        Message = "SKU {Sku} drifted on {Channel}: expected {Expected}, the channel shows {OnChannel}; correcting it "
            + "to stock version {StockVersion}")]
    private static partial void LogDrift(ILogger logger, string sku, string channel, long stockVersion, int? expected,
        int? onChannel);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Error,
        Message = "The targets name channel {Channel} for SKU {Sku}, but no outbound client is registered for it; "
            + "register the channel's client or remove it from the rules")]
    private static partial void LogNoClient(ILogger logger, string sku, string channel);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Debug,
        Message = "Skipped SKU {Sku} on {Channel}: the channel's outbound client is not configured, so it is not "
            + "synced")]
    private static partial void LogNotConfigured(ILogger logger, string sku, string channel);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Warning,
        Message = "The {Channel} client failed to give a push lease for SKU {Sku}; the push waits for the channel's "
            + "rate limit after the stock is read, so the quantity sent may be older by that wait")]
    private static partial void LogLeaseFailed(ILogger logger, Exception error, string sku, string channel);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Error,
        Message = "The {Channel} client threw while pushing SKU {Sku} (stock version {StockVersion}); counted as a "
            + "failed push")]
    private static partial void LogClientThrew(ILogger logger, Exception error, string sku, string channel,
        long stockVersion);
}

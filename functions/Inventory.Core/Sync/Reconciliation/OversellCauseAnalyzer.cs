using Inventory.Core.Documents;
using Inventory.Core.Stock;
using Microsoft.Extensions.Options;

namespace Inventory.Core.Sync.Reconciliation;

/// <summary>
/// Tells, where the records allow, why an oversell happened on the channel that sold: the channel's sync state, the
/// latest drift event of that channel and SKU, and the SKU's ledger around the incident.
/// </summary>
/// <remarks>
/// The rules, first match wins:
/// <list type="number">
/// <item><see cref="OversellCause.Unknown"/> when the incident names no channel, or the channel was never synced.</item>
/// <item><see cref="OversellCause.Drift"/> when the reconciliation found the channel off target for the SKU within
/// <see cref="ReconciliationOptions.DriftCauseWindow"/> before the sale.</item>
/// <item><see cref="OversellCause.SyncLag"/> when a push was already pending (claimed, not accepted) at the sale; or
/// the last publish at or before the sale is older than the stock change recorded just before the incident (the change
/// that used the last units); or the first publish after the sale carried a change that arrived before the sale.</item>
/// <item><see cref="OversellCause.BufferTooSmall"/> when the last publish before the sale was current and the units
/// the channel held back (available before the sale minus the published quantity) were fewer than the shortfall.</item>
/// <item><see cref="OversellCause.Unknown"/> otherwise.</item>
/// </list>
/// The sync state keeps only the latest publish, and only the latest drift per channel and SKU is kept for point reads.
/// Once a later publish or drift has replaced the one current at the sale, the analyzer cannot see it, and an incident
/// that would have been <see cref="OversellCause.BufferTooSmall"/> or <see cref="OversellCause.Drift"/> reads as
/// <see cref="OversellCause.Unknown"/>.
/// </remarks>
public sealed class OversellCauseAnalyzer
{
    private const int LedgerLookback = 50;

    private readonly ISyncStateStore _states;
    private readonly IDocumentStore _documents;
    private readonly IStockStore _stock;
    private readonly ReconciliationOptions _options;

    /// <summary>Creates the analyzer over the stores it reads.</summary>
    public OversellCauseAnalyzer(
        ISyncStateStore states, IDocumentStore documents, IStockStore stock, IOptions<ReconciliationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _states = states ?? throw new ArgumentNullException(nameof(states));
        _documents = documents ?? throw new ArgumentNullException(nameof(documents));
        _stock = stock ?? throw new ArgumentNullException(nameof(stock));
        _options = options.Value;
    }

    /// <summary>Finds the cause of one incident.</summary>
    public async Task<OversellCause> AnalyzeAsync(OversellIncident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Channel is not { } channel)
        {
            return OversellCause.Unknown;
        }

        var drift = await _documents.GetAsync<DriftEvent>(DocumentCollections.LatestDrift,
            DriftEvent.LatestId(channel, incident.Sku), cancellationToken).ConfigureAwait(false);
        if (drift?.Value is { } found && found.DetectedAt <= incident.OccurredAt
            && found.DetectedAt >= incident.OccurredAt - _options.DriftCauseWindow)
        {
            return OversellCause.Drift;
        }

        var stored = await _states.GetAsync(channel, incident.Sku, cancellationToken).ConfigureAwait(false);
        if (stored?.State is not { } state)
        {
            return OversellCause.Unknown;
        }

        var saleAt = incident.OccurredAt;
        if (state.PendingVersion is not null && state.LastAttemptAt <= saleAt)
        {
            return OversellCause.SyncLag;
        }

        if (state.PublishedAt is not { } publishedAt)
        {
            return OversellCause.Unknown;
        }

        if (publishedAt > saleAt)
        {
            // Only the publish after the sale is known: it tells lag when the change it carried arrived before the sale.
            return state.Latency is { } latency && publishedAt - latency <= saleAt
                ? OversellCause.SyncLag
                : OversellCause.Unknown;
        }

        var previousChange = await PreviousChangeAtAsync(incident, cancellationToken).ConfigureAwait(false);
        if (previousChange is { } changedAt && publishedAt < changedAt)
        {
            return OversellCause.SyncLag;
        }

        return state.PublishedQuantity is { } published && incident.AvailableBefore - published < incident.Shortfall
            ? OversellCause.BufferTooSmall
            : OversellCause.Unknown;
    }

    private async Task<DateTimeOffset?> PreviousChangeAtAsync(
        OversellIncident incident, CancellationToken cancellationToken)
    {
        var page = await _stock.GetLedgerAsync(incident.Sku, LedgerLookback, continuation: null, cancellationToken)
            .ConfigureAwait(false);
        return page.Entries
            .Where(e => e.MovementId != incident.MovementId && e.RecordedAt <= incident.RecordedAt)
            .Select(e => (DateTimeOffset?)e.RecordedAt)
            .FirstOrDefault();
    }
}

using Inventory.Core.Stock;

namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// The channel targets the sync publishes: the stored allocation and buffer rules applied by
/// <see cref="ChannelAllocator"/> to the SKU's positions and demand signals. Only listings a channel client can set
/// are returned: a listing named after its channel (the merchant-fulfilled one for Amazon). Amazon sets FBA
/// quantities itself, so <c>amazon-fba</c> is computed for visibility and allocation but never pushed.
/// </summary>
/// <remarks>
/// Only the channels that are synced take part: those with an outbound client that
/// <see cref="IChannelInventoryClient.IsConfigured">is configured</see>. The rules of the others (both Amazon
/// listings, when Amazon is not configured) are left out before allocation, so a channel that is never published to
/// holds back no share of a scarce pool; its rules stay stored and count again once its client is configured.
/// </remarks>
public sealed class AllocatedTargetCalculator(
    IChannelRuleStore rules, IDemandSignalSource signals, IEnumerable<IChannelInventoryClient> clients)
    : IChannelTargetCalculator
{
    private readonly HashSet<string> _synced = clients.Where(c => c.IsConfigured).Select(c => c.Channel)
        .ToHashSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChannelTargetQuantity>> ComputeAsync(
        string sku, IReadOnlyList<StockPosition> positions, CancellationToken cancellationToken)
    {
        var targets = await ComputeDetailedAsync(sku, positions, cancellationToken).ConfigureAwait(false);
        return targets
            .Where(t => t.Listing == t.Channel)
            .Select(t => new ChannelTargetQuantity(t.Channel, t.Quantity))
            .ToList();
    }

    /// <summary>
    /// Every synced listing's target with its breakdown, for <c>GET /api/stock/{sku}/channels</c>; listings of
    /// channels that are not synced have none (see <see cref="NotSyncedRulesAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<ChannelTarget>> ComputeDetailedAsync(
        string sku, IReadOnlyList<StockPosition> positions, CancellationToken cancellationToken)
    {
        var stored = await rules.GetAsync(cancellationToken).ConfigureAwait(false);
        var measured = await signals.GetAsync(sku, cancellationToken).ConfigureAwait(false);
        var synced = stored.RuleSet with { Rules = [.. stored.RuleSet.Rules.Where(r => _synced.Contains(r.Channel))] };
        return ChannelAllocator.Compute(sku, positions, synced, measured);
    }

    /// <summary>The stored rules of listings whose channel is not synced (no configured client), in listing order.
    /// </summary>
    public async Task<IReadOnlyList<ChannelRule>> NotSyncedRulesAsync(CancellationToken cancellationToken)
    {
        var stored = await rules.GetAsync(cancellationToken).ConfigureAwait(false);
        return [.. stored.RuleSet.Rules.Where(r => !_synced.Contains(r.Channel)).OrderBy(r => r.Listing,
            StringComparer.Ordinal)];
    }
}

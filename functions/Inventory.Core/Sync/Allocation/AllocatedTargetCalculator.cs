using Inventory.Core.Stock;

namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// The channel targets the sync publishes: the stored allocation and buffer rules applied by
/// <see cref="ChannelAllocator"/> to the SKU's positions and demand signals. Only listings a channel client can set
/// are returned: a listing named after its channel (the merchant-fulfilled one for Amazon). Amazon sets FBA
/// quantities itself, so <c>amazon-fba</c> is computed for visibility and allocation but never pushed.
/// </summary>
public sealed class AllocatedTargetCalculator(
    IChannelRuleStore rules, IDemandSignalSource signals, IEnumerable<IChannelInventoryClient> clients)
    : IChannelTargetCalculator
{
    private readonly HashSet<string> _pushable = clients.Select(c => c.Channel).ToHashSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChannelTargetQuantity>> ComputeAsync(
        string sku, IReadOnlyList<StockPosition> positions, CancellationToken cancellationToken)
    {
        var targets = await ComputeDetailedAsync(sku, positions, cancellationToken).ConfigureAwait(false);
        return targets
            .Where(t => t.Listing == t.Channel && _pushable.Contains(t.Channel))
            .Select(t => new ChannelTargetQuantity(t.Channel, t.Quantity))
            .ToList();
    }

    /// <summary>Every listing's target with its breakdown, for <c>GET /api/stock/{sku}/channels</c>.</summary>
    public async Task<IReadOnlyList<ChannelTarget>> ComputeDetailedAsync(
        string sku, IReadOnlyList<StockPosition> positions, CancellationToken cancellationToken)
    {
        var stored = await rules.GetAsync(cancellationToken).ConfigureAwait(false);
        var measured = await signals.GetAsync(sku, cancellationToken).ConfigureAwait(false);
        return ChannelAllocator.Compute(sku, positions, stored.RuleSet, measured);
    }
}

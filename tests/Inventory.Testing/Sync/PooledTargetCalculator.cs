using Inventory.Core.Stock;
using Inventory.Core.Sync;

namespace Inventory.Testing.Sync;

/// <summary>
/// Targets for sync tests that are not about allocation: every channel that has a client gets the whole pool, the
/// sum over all locations of the available units, counting an oversold location as zero. Like the real calculator,
/// it leaves out channels whose client is not configured.
/// </summary>
public sealed class PooledTargetCalculator : IChannelTargetCalculator
{
    private readonly string[] _channels;

    /// <summary>Publishes to the channels of the given clients.</summary>
    public PooledTargetCalculator(IEnumerable<IChannelInventoryClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _channels = clients.Where(c => c.IsConfigured).Select(c => c.Channel).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ChannelTargetQuantity>> ComputeAsync(
        string sku, IReadOnlyList<StockPosition> positions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var pool = positions.Sum(p => (long)Math.Max(0, p.Quantities.Available));
        var quantity = (int)Math.Min(int.MaxValue, pool);
        IReadOnlyList<ChannelTargetQuantity> targets = _channels.Select(c => new ChannelTargetQuantity(c, quantity))
            .ToArray();
        return Task.FromResult(targets);
    }
}

using Inventory.Core.Stock;

namespace Inventory.Core.Sync;

/// <summary>Decides what each channel should show for a SKU, from the SKU's positions (and, later, the rules).</summary>
public interface IChannelTargetCalculator
{
    /// <summary>Computes one target per channel that lists the SKU.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="positions">Every location of the SKU, as read together.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    Task<IReadOnlyList<ChannelTargetQuantity>> ComputeAsync(
        string sku, IReadOnlyList<StockPosition> positions, CancellationToken cancellationToken);
}

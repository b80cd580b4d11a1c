namespace Inventory.Core.Sync.Allocation;

/// <summary>Measures what the lag-aware buffers and proportional allocation need: recent sales and sync lag.</summary>
public interface IDemandSignalSource
{
    /// <summary>One signal per listing that has sold or synced recently; listings without one count as zero.</summary>
    Task<IReadOnlyList<ChannelDemandSignal>> GetAsync(string sku, CancellationToken cancellationToken);
}

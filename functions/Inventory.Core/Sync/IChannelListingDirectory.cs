namespace Inventory.Core.Sync;

/// <summary>Finds the channel identifiers of a SKU's listing, for the outbound channel clients.</summary>
public interface IChannelListingDirectory
{
    /// <summary>The listing of <paramref name="sku"/> on <paramref name="channel"/>, or null when none is stored.
    /// </summary>
    Task<ChannelListing?> FindAsync(string channel, string sku, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a listing.</summary>
    Task SetAsync(ChannelListing listing, CancellationToken cancellationToken = default);
}

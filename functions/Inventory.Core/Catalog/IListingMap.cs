namespace Inventory.Core.Catalog;

/// <summary>Stored listing-to-SKU mappings, per channel.</summary>
public interface IListingMap
{
    /// <summary>The SKU a listing sells, or null when it is not mapped.</summary>
    ValueTask<string?> FindSkuAsync(string channel, string externalId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a mapping.</summary>
    Task SetAsync(ListingMapping mapping, CancellationToken cancellationToken = default);
}

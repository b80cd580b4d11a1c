namespace Inventory.Core.Catalog;

/// <summary>The catalog's storage port: one <see cref="CatalogItem"/> per SKU.</summary>
public interface ICatalogStore
{
    /// <summary>Reads one item; null when the SKU is not in the catalog.</summary>
    Task<CatalogItem?> GetAsync(string sku, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces items, all or none.</summary>
    Task PutAsync(IReadOnlyCollection<CatalogItem> items, CancellationToken cancellationToken = default);

    /// <summary>Streams every item, ordered by SKU, without loading the catalog at once.</summary>
    IAsyncEnumerable<CatalogItem> StreamAllAsync(CancellationToken cancellationToken = default);
}

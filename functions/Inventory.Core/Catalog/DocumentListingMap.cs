using Inventory.Core.Documents;

namespace Inventory.Core.Catalog;

/// <summary>Listing mappings kept in the document store, one document per channel and listing.</summary>
public sealed class DocumentListingMap(IDocumentStore documents) : IListingMap
{
    /// <inheritdoc />
    public async ValueTask<string?> FindSkuAsync(
        string channel, string externalId, CancellationToken cancellationToken = default)
    {
        var stored = await documents.GetAsync<ListingMapping>(
            DocumentCollections.Listings, Key(channel, externalId), cancellationToken).ConfigureAwait(false);
        return stored?.Value.Sku;
    }

    /// <inheritdoc />
    public Task SetAsync(ListingMapping mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return documents.UpsertAsync(
            DocumentCollections.Listings, Key(mapping.Channel, mapping.ExternalId), mapping, cancellationToken);
    }

    private static string Key(string channel, string externalId) => $"{channel.ToLowerInvariant()}:{externalId}";
}

using Inventory.Core.Documents;

namespace Inventory.Core.Sync;

/// <summary>
/// Channel listings kept in the document store, collection <c>channel-listings</c>, one document per channel and SKU
/// with id <c>{channel}:{sku}</c>.
/// </summary>
public sealed class DocumentChannelListingDirectory(IDocumentStore documents) : IChannelListingDirectory
{
    /// <summary>The collection the listings live in.</summary>
    public const string Collection = "channel-listings";

    /// <inheritdoc />
    public async Task<ChannelListing?> FindAsync(
        string channel, string sku, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        var stored = await documents.GetAsync<ChannelListing>(Collection, Key(channel, sku), cancellationToken)
            .ConfigureAwait(false);
        return stored?.Value;
    }

    /// <inheritdoc />
    public Task SetAsync(ChannelListing listing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return documents.UpsertAsync(Collection, Key(listing.Channel, listing.Sku), listing, cancellationToken);
    }

    private static string Key(string channel, string sku) => $"{channel.ToLowerInvariant()}:{sku}";
}

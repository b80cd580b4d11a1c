using System.Collections.Concurrent;
using System.Text.Json;
using Inventory.Core.Documents;
using Inventory.Core.Serialization;
using Inventory.Core.Sync;

namespace Inventory.Channels.Tests.Outbound.Common;

public sealed class DocumentChannelListingDirectoryTests
{
    [Fact]
    public async Task FindAsync_AfterSet_RoundTripsThroughTheProductJson()
    {
        var store = new JsonDocumentStore();
        var directory = new DocumentChannelListingDirectory(store);
        var listing = new ChannelListing("shopify", "SKU-1") { InventoryItemId = "111", LocationId = "222" };

        await directory.SetAsync(listing);
        var found = await directory.FindAsync("Shopify", "SKU-1");

        Assert.Equal(listing, found);
        Assert.Equal(("channel-listings", "shopify:SKU-1"), Assert.Single(store.Keys));
    }

    [Fact]
    public async Task FindAsync_NothingStored_ReturnsNull()
    {
        var directory = new DocumentChannelListingDirectory(new JsonDocumentStore());

        Assert.Null(await directory.FindAsync("tiktok", "SKU-1"));
    }

    /// <summary>Keeps documents as the product's JSON, as the real stores do.</summary>
    private sealed class JsonDocumentStore : IDocumentStore
    {
        private readonly ConcurrentDictionary<(string, string), string> _documents = new();

        public IEnumerable<(string, string)> Keys => _documents.Keys;

        public Task<StoredDocument<T>?> GetAsync<T>(
            string collection, string id, CancellationToken cancellationToken = default) =>
            Task.FromResult(_documents.TryGetValue((collection, id), out var json)
                ? new StoredDocument<T>(JsonSerializer.Deserialize<T>(json, InventoryJson.Options)!, "1")
                : null);

        public Task<string?> TryCreateAsync<T>(
            string collection, string id, T value, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<string?> TryReplaceAsync<T>(
            string collection, string id, T value, string etag, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task UpsertAsync<T>(string collection, string id, T value, CancellationToken cancellationToken = default)
        {
            _documents[(collection, id)] = JsonSerializer.Serialize(value, InventoryJson.Options);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<T>> ListAsync<T>(
            string collection, int limit, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<int> DeleteWrittenBeforeAsync(
            string collection, DateTimeOffset cutoff, int limit, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}

using System.Globalization;
using System.Net;
using System.Text.Json;
using Inventory.Azure.Stock;
using Inventory.Core.Documents;
using Inventory.Core.Serialization;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Documents;

/// <summary>
/// The document store on Cosmos DB (NoSQL API): one container, partitioned by <c>/kind</c>, where the kind is the
/// collection name; the ETag is the document's <c>_etag</c>.
/// </summary>
/// <remarks>
/// <para>
/// Ids are stored through <see cref="CosmosDocumentIds"/>, which maps any text to a legal, collision-free Cosmos DB
/// id; the caller's id is kept in <c>originalId</c>. Values are serialized with <see cref="InventoryJson.Options"/>
/// and kept as JSON text in <c>value</c>: Cosmos DB holds JSON numbers as doubles, which would round a decimal past
/// 15 significant digits, and a string comes back byte for byte. Nothing queries inside a value, so nothing is lost.
/// </para>
/// <para>
/// Listing is newest written first by <c>writtenTicks</c>, microseconds since the Unix epoch (small enough to stay
/// exact as a double), taken from the injected clock and made strictly increasing within this process. Writes
/// from different instances are ordered by their clocks: two writes closer together than the clock skew between
/// the instances may be listed in either order.
/// </para>
/// </remarks>
internal sealed class CosmosDocumentStore : IDocumentStore
{
    /// <summary>The most documents one list returns; the SQLite adapter caps at the same number.</summary>
    private const int MaxListLimit = 10_000;

    private static readonly ItemRequestOptions WriteOptions = new() { EnableContentResponseOnWrite = false };

    private readonly Container _container;
    private readonly TimeProvider _time;
    private long _lastWrittenTicks;

    public CosmosDocumentStore(CosmosClient client, IOptions<CosmosDocumentStoreOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);

        _container = client.GetContainer(options.Value.DatabaseName, options.Value.DocumentContainerName);
        _time = time;
    }

    public async Task<StoredDocument<T>?> GetAsync<T>(
        string collection, string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        var storedId = CosmosDocumentIds.Encode(id);

        using var response = await _container
            .ReadItemStreamAsync(storedId, new PartitionKey(collection), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        var document = await DeserializeAsync<ConfigDocument>(response, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(document.OriginalId, id, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The document stored as '{storedId}' in collection '{collection}' belongs to another id: two long "
                + "ids met in their SHA-256 digest. Nothing was changed; give one of them a shorter id.");
        }

        return new StoredDocument<T>(Deserialize<T>(document.Value), response.Headers.ETag);
    }

    public async Task<string?> TryCreateAsync<T>(
        string collection, string id, T value, CancellationToken cancellationToken = default)
    {
        using var body = Serialize(collection, id, value);
        using var response = await _container
            .CreateItemStreamAsync(body, new PartitionKey(collection), WriteOptions, cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return response.Headers.ETag;
    }

    public async Task<string?> TryReplaceAsync<T>(
        string collection, string id, T value, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);

        using var body = Serialize(collection, id, value);
        var options = new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false };
        using var response = await _container
            .ReplaceItemStreamAsync(
                body, CosmosDocumentIds.Encode(id), new PartitionKey(collection), options, cancellationToken)
            .ConfigureAwait(false);

        // 412: written since the tag was read; 404: there is no such document to replace.
        if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return response.Headers.ETag;
    }

    public async Task UpsertAsync<T>(
        string collection, string id, T value, CancellationToken cancellationToken = default)
    {
        using var body = Serialize(collection, id, value);
        using var response = await _container
            .UpsertItemStreamAsync(body, new PartitionKey(collection), WriteOptions, cancellationToken)
            .ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<T>> ListAsync<T>(
        string collection, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        var take = Math.Clamp(limit, 1, MaxListLimit);

        // The partition key is in the query text as well as the options: the emulator answers single-partition
        // queries only, and the ORDER BY needs direct execution, for which the emulator has no query plan.
        var query = new QueryDefinition(
                string.Create(CultureInfo.InvariantCulture, $"SELECT TOP {take} * FROM c WHERE c.kind = @kind")
                + " ORDER BY c.writtenTicks DESC")
            .WithParameter("@kind", collection);
        var options = new QueryRequestOptions
        {
            PartitionKey = new PartitionKey(collection),
            MaxItemCount = take,
            EnableOptimisticDirectExecution = true,
        };

        var values = new List<T>();
        using var iterator = _container.GetItemQueryStreamIterator(query, continuationToken: null, options);
        while (iterator.HasMoreResults && values.Count < take)
        {
            using var response = await iterator.ReadNextAsync(cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var page = await DeserializeAsync<QueryPage<ConfigDocument>>(response, cancellationToken)
                .ConfigureAwait(false);
            values.AddRange(page.Documents.Select(d => Deserialize<T>(d.Value)));
        }

        if (values.Count > take)
        {
            values.RemoveRange(take, values.Count - take);
        }

        return values;
    }

    public async Task<int> DeleteWrittenBeforeAsync(
        string collection, DateTimeOffset cutoff, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        var take = Math.Clamp(limit, 1, MaxListLimit);
        var cutoffTicks = (cutoff - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;

        // One partition, filtered on the write stamp: the emulator runs it, and so does the service without a
        // cross-partition fan-out.
        var query = new QueryDefinition(
                string.Create(CultureInfo.InvariantCulture, $"SELECT TOP {take} c.id FROM c WHERE c.kind = @kind")
                + " AND c.writtenTicks < @cutoff")
            .WithParameter("@kind", collection)
            .WithParameter("@cutoff", cutoffTicks);
        var options = new QueryRequestOptions { PartitionKey = new PartitionKey(collection), MaxItemCount = take };

        var ids = new List<string>();
        using (var iterator = _container.GetItemQueryStreamIterator(query, continuationToken: null, options))
        {
            while (iterator.HasMoreResults && ids.Count < take)
            {
                using var response = await iterator.ReadNextAsync(cancellationToken).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                var page = await DeserializeAsync<QueryPage<StoredId>>(response, cancellationToken)
                    .ConfigureAwait(false);
                ids.AddRange(page.Documents.Select(d => d.Id));
            }
        }

        var deleted = 0;
        foreach (var id in ids.Take(take))
        {
            using var response = await _container
                .DeleteItemStreamAsync(id, new PartitionKey(collection), cancellationToken: cancellationToken)
                .ConfigureAwait(false);

            // 404: deleted meanwhile by another purge or expired; either way it is gone.
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                response.EnsureSuccessStatusCode();
                deleted++;
            }
        }

        return deleted;
    }

    private MemoryStream Serialize<T>(string collection, string id, T value)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        var document = new ConfigDocument(
            CosmosDocumentIds.Encode(id),
            collection,
            id,
            NextWrittenTicks(),
            JsonSerializer.Serialize(value, InventoryJson.Options));
        return new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(document, CosmosJson.Options), writable: false);
    }

    /// <summary>Microseconds since the Unix epoch; one more than the last write's if the clock has not moved.</summary>
    private long NextWrittenTicks()
    {
        var now = (_time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
        while (true)
        {
            var last = Volatile.Read(ref _lastWrittenTicks);
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _lastWrittenTicks, next, last) == last)
            {
                return next;
            }
        }
    }

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, InventoryJson.Options)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} document is empty.");

    private static async Task<T> DeserializeAsync<T>(ResponseMessage response, CancellationToken cancellationToken)
    {
        var value = await JsonSerializer.DeserializeAsync<T>(response.Content, CosmosJson.Options, cancellationToken)
            .ConfigureAwait(false);
        return value ?? throw new InvalidOperationException(
            $"Cosmos DB returned an empty body for {response.RequestMessage?.RequestUri}; "
            + $"expected a {typeof(T).Name}.");
    }
}

using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Inventory.Azure.Stock;
using Microsoft.Azure.Cosmos;

namespace Inventory.Azure.Planning;

/// <summary>
/// The stream API calls planning uses, serialized with System.Text.Json (<see cref="PlanningJson"/>) like the
/// stock store, so they do not depend on how the shared <see cref="CosmosClient"/> was configured.
/// </summary>
internal static class CosmosStreams
{
    public static MemoryStream Serialize<T>(T document) =>
        new(JsonSerializer.SerializeToUtf8Bytes(document, PlanningJson.Options), writable: false);

    /// <summary>Reads one document; null when it does not exist.</summary>
    public static async Task<T?> ReadAsync<T>(
        Container container, string id, string partitionKey, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await container.ReadItemStreamAsync(
            id, new PartitionKey(partitionKey), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await DeserializeAsync<T>(response, cancellationToken).ConfigureAwait(false);
    }

    public static async Task UpsertAsync<T>(
        Container container, T document, string partitionKey, CancellationToken cancellationToken)
    {
        using var body = Serialize(document);
        using var response = await container.UpsertItemStreamAsync(
            body, new PartitionKey(partitionKey), cancellationToken: cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Deletes one document; a missing one counts as deleted.</summary>
    public static async Task DeleteAsync(
        Container container, string id, string partitionKey, CancellationToken cancellationToken)
    {
        using var response = await container.DeleteItemStreamAsync(
            id, new PartitionKey(partitionKey), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Streams a query's documents page by page; without a partition key it fans out over all of them.</summary>
    public static async IAsyncEnumerable<T> QueryAsync<T>(
        Container container,
        QueryDefinition query,
        QueryRequestOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var iterator = container.GetItemQueryStreamIterator(query, continuationToken: null, options);
        while (iterator.HasMoreResults)
        {
            using var response = await iterator.ReadNextAsync(cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var page = await DeserializeAsync<QueryPage<T>>(response, cancellationToken).ConfigureAwait(false);
            foreach (var document in page.Documents)
            {
                yield return document;
            }
        }
    }

    private static async Task<T> DeserializeAsync<T>(ResponseMessage response, CancellationToken cancellationToken)
    {
        var value = await JsonSerializer.DeserializeAsync<T>(response.Content, PlanningJson.Options, cancellationToken)
            .ConfigureAwait(false);
        return value ?? throw new InvalidOperationException(
            $"Cosmos DB returned an empty body for {response.RequestMessage?.RequestUri}; expected a {typeof(T).Name}.");
    }
}

using System.Runtime.CompilerServices;
using Inventory.Azure.Stock;
using Inventory.Core.Catalog;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Planning;

/// <summary>The catalog in Cosmos DB container <c>catalog</c>: one document per SKU, partition key <c>/sku</c>.</summary>
/// <remarks>
/// <para>
/// <see cref="PutAsync"/> upserts each item on its own: items live in different partitions and Cosmos DB has no
/// transaction across partitions, so the port's "all or none" is not kept. A put that fails part way leaves the
/// items before the failure written; putting the same items again finishes the job, since every write is an upsert.
/// </para>
/// <para>
/// <see cref="StreamAllAsync"/> is a cross-partition query ordered by SKU. The local Cosmos DB emulator used in
/// the tests cannot run cross-partition queries, so that method is exercised only against a real Cosmos DB account;
/// the emulator tests cover <see cref="GetAsync"/> and <see cref="PutAsync"/>.
/// </para>
/// </remarks>
public sealed class CosmosCatalogStore : ICatalogStore
{
    private const int ParallelWrites = 8;

    private readonly Container _catalog;

    /// <summary>Creates the store over the <c>catalog</c> container.</summary>
    public CosmosCatalogStore(
        CosmosClient client, IOptions<CosmosStockStoreOptions> stockOptions, IOptions<CosmosPlanningOptions> options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(stockOptions);
        ArgumentNullException.ThrowIfNull(options);
        _catalog = client.GetContainer(stockOptions.Value.DatabaseName, options.Value.CatalogContainerName);
    }

    /// <inheritdoc />
    public async Task<CatalogItem?> GetAsync(string sku, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sku);
        var document = await CosmosStreams.ReadAsync<CatalogDocument>(_catalog, sku, sku, cancellationToken)
            .ConfigureAwait(false);
        return document?.ToItem();
    }

    /// <inheritdoc />
    public Task PutAsync(IReadOnlyCollection<CatalogItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Any(item => string.IsNullOrEmpty(item.Sku)))
        {
            throw new ArgumentException("Every catalog item needs a SKU.", nameof(items));
        }

        return Parallel.ForEachAsync(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
            (item, token) => new ValueTask(
                CosmosStreams.UpsertAsync(_catalog, CatalogDocument.From(item), item.Sku, token)));
    }

    /// <inheritdoc />
    /// <remarks>A cross-partition query: runs on real Cosmos DB only, not on the local emulator.</remarks>
    public async IAsyncEnumerable<CatalogItem> StreamAllAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT * FROM c ORDER BY c.sku");
        var options = new QueryRequestOptions { MaxItemCount = 1000 };
        await foreach (var document in CosmosStreams.QueryAsync<CatalogDocument>(
                           _catalog, query, options, cancellationToken).ConfigureAwait(false))
        {
            yield return document.ToItem();
        }
    }
}

using Microsoft.Azure.Cosmos;

namespace Inventory.Azure.Stock;

/// <summary>Creates the stock store's database and containers when they are missing.</summary>
/// <remarks>
/// For local runs and tests. On Azure the infrastructure templates own the containers, and the app's identity
/// needs no rights to create them.
/// </remarks>
public static class CosmosStockStoreSetup
{
    /// <summary>Creates the database and the stock, ledger and oversell containers if missing.</summary>
    /// <param name="client">A client for the account.</param>
    /// <param name="options">Names the database and containers.</param>
    /// <param name="cancellationToken">Cancels the set-up.</param>
    public static async Task EnsureCreatedAsync(
        CosmosClient client, CosmosStockStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);

        var response = await client.CreateDatabaseIfNotExistsAsync(
            options.DatabaseName, cancellationToken: cancellationToken).ConfigureAwait(false);
        var database = response.Database;

        // The id windows and cost layers are only ever read with their document: leaving them out of the index
        // keeps the write cost of a stock document flat as its windows fill.
        var stock = new ContainerProperties(options.StockContainerName, "/sku");
        foreach (var path in new[] { "/appliedMovementIds/*", "/recentEntries/*", "/costLayers/*" })
        {
            stock.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = path });
        }

        await database.CreateContainerIfNotExistsAsync(stock, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        await database.CreateContainerIfNotExistsAsync(
                new ContainerProperties(options.LedgerContainerName, "/sku"), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        await database.CreateContainerIfNotExistsAsync(
                new ContainerProperties(options.OversellContainerName, "/period"), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }
}

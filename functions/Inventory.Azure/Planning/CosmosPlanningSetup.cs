using Microsoft.Azure.Cosmos;

namespace Inventory.Azure.Planning;

/// <summary>Creates the planning containers (<c>reports</c>, <c>catalog</c>) when they are missing.</summary>
/// <remarks>For local runs and tests; on Azure the infrastructure templates own the containers.</remarks>
public static class CosmosPlanningSetup
{
    /// <summary>Creates the reports and catalog containers in an existing database if missing.</summary>
    /// <param name="client">A client for the account.</param>
    /// <param name="databaseName">The database, created by the stock store's set-up.</param>
    /// <param name="options">Names the containers.</param>
    /// <param name="cancellationToken">Cancels the set-up.</param>
    public static async Task EnsureCreatedAsync(
        CosmosClient client, string databaseName, CosmosPlanningOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        var database = client.GetDatabase(databaseName);

        // The report rows are read with their slice, never queried: keep them out of the index.
        var reports = new ContainerProperties(options.ReportsContainerName, "/reportDate");
        reports.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/rows/*" });
        await database.CreateContainerIfNotExistsAsync(reports, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        await database.CreateContainerIfNotExistsAsync(
                new ContainerProperties(options.CatalogContainerName, "/sku"), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }
}

using Microsoft.Azure.Cosmos;

namespace Inventory.Azure.Documents;

/// <summary>Creates the document store's database and container when they are missing.</summary>
/// <remarks>
/// For local runs and tests. On Azure <c>infra/modules/cosmos.bicep</c> owns the <c>config</c> container, with the
/// same partition key and an indexing policy that indexes every path, <c>/writtenTicks</c> included.
/// </remarks>
public static class CosmosDocumentStoreSetup
{
    /// <summary>Creates the database and the document container (partition key <c>/kind</c>) if missing.</summary>
    /// <param name="client">A client for the account.</param>
    /// <param name="options">Names the database and container.</param>
    /// <param name="cancellationToken">Cancels the set-up.</param>
    public static async Task EnsureCreatedAsync(
        CosmosClient client, CosmosDocumentStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);

        var response = await client.CreateDatabaseIfNotExistsAsync(
            options.DatabaseName, cancellationToken: cancellationToken).ConfigureAwait(false);
        await response.Database.CreateContainerIfNotExistsAsync(
                new ContainerProperties(options.DocumentContainerName, "/kind"), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }
}

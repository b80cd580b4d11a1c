using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace Inventory.Azure.Cosmos;

/// <summary>Makes the one <see cref="CosmosClient"/> the Cosmos DB stores share.</summary>
internal static class CosmosClientFactory
{
    /// <summary>The configuration section every Cosmos DB store reads.</summary>
    public const string SectionName = "Cosmos";

    /// <summary>
    /// A client on <paramref name="connectionString"/> when it is set (local runs), else one that signs in with
    /// <c>DefaultAzureCredential</c> at <paramref name="accountEndpoint"/>.
    /// </summary>
    public static CosmosClient Create(Uri? accountEndpoint, string? connectionString)
    {
        var clientOptions = new CosmosClientOptions { ApplicationName = "inventory-functions" };
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new CosmosClient(connectionString, clientOptions);
        }

        var endpoint = accountEndpoint ?? throw new InvalidOperationException(
            $"Set {SectionName}:AccountEndpoint (or {SectionName}:ConnectionString for local runs) so the app can "
            + "reach Cosmos DB.");
        return new CosmosClient(endpoint.AbsoluteUri, new DefaultAzureCredential(), clientOptions);
    }
}

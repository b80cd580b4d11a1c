using Inventory.Azure.Stock;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Stock;

/// <summary>Builds the store under test.</summary>
internal static class CosmosStores
{
    public static CosmosStockStore Create(CosmosClient client, CosmosStockStoreOptions options, TimeProvider time) =>
        new(client, Options.Create(options), time, NullLogger<CosmosStockStore>.Instance);
}

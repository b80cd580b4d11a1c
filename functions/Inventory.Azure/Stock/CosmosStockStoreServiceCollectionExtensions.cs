using Inventory.Azure.Cosmos;
using Inventory.Core.Stock;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Stock;

/// <summary>Registers the Cosmos DB stock store.</summary>
public static class CosmosStockStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStockStore"/> on Cosmos DB, with options bound from the <c>Cosmos</c> section and
    /// validated at start-up. The client signs in with <c>DefaultAzureCredential</c> at
    /// <c>Cosmos:AccountEndpoint</c>, or uses <c>Cosmos:ConnectionString</c> when that is set (local runs).
    /// A <see cref="CosmosClient"/> or <see cref="TimeProvider"/> registered before is used as it is.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration holding the <c>Cosmos</c> section.</param>
    public static IServiceCollection AddCosmosStockStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CosmosStockStoreOptions>()
            .Bind(configuration.GetSection(CosmosStockStoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CosmosStockStoreOptions>>().Value;
            return CosmosClientFactory.Create(options.AccountEndpoint, options.ConnectionString);
        });
        services.TryAddSingleton<IStockStore, CosmosStockStore>();
        return services;
    }
}

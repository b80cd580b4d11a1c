using Inventory.Azure.Cosmos;
using Inventory.Core.Documents;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Documents;

/// <summary>Registers the Cosmos DB document store.</summary>
public static class CosmosDocumentStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDocumentStore"/> on Cosmos DB, with options bound from the <c>Cosmos</c> section (the
    /// stock store's) and validated at start-up. A <see cref="CosmosClient"/> or <see cref="TimeProvider"/>
    /// registered before, for example by <c>AddCosmosStockStore</c>, is shared as it is.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration holding the <c>Cosmos</c> section.</param>
    public static IServiceCollection AddCosmosDocumentStore(
        this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CosmosDocumentStoreOptions>()
            .Bind(configuration.GetSection(CosmosDocumentStoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CosmosDocumentStoreOptions>>().Value;
            return CosmosClientFactory.Create(options.AccountEndpoint, options.ConnectionString);
        });
        services.TryAddSingleton<IDocumentStore, CosmosDocumentStore>();
        return services;
    }
}

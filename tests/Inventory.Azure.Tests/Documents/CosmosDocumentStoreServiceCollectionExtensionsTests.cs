using Inventory.Azure.Documents;
using Inventory.Azure.Stock;
using Inventory.Core.Documents;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Documents;

public sealed class CosmosDocumentStoreServiceCollectionExtensionsTests
{
    private const string Endpoint = "https://inventory.documents.azure.com:443/";

    [Fact]
    public void AddCosmosDocumentStore_NoEndpointNorConnectionString_FailsValidationNamingBoth()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Cosmos:DatabaseName"] = "inventory" });

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<CosmosDocumentStoreOptions>>().Value);

        Assert.Contains("Cosmos:AccountEndpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cosmos:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCosmosDocumentStore_CosmosSection_SharesDatabaseNameWithStockStore()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Cosmos:AccountEndpoint"] = Endpoint,
            ["Cosmos:DatabaseName"] = "inventory-test",
        });

        var documents = provider.GetRequiredService<IOptions<CosmosDocumentStoreOptions>>().Value;
        var stock = provider.GetRequiredService<IOptions<CosmosStockStoreOptions>>().Value;

        Assert.Equal("inventory-test", documents.DatabaseName);
        Assert.Equal(stock.DatabaseName, documents.DatabaseName);
        Assert.Equal("config", documents.DocumentContainerName);
    }

    [Fact]
    public void AddCosmosDocumentStore_BesideStockStore_ResolvesCosmosStoreOnOneClient()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Cosmos:AccountEndpoint"] = Endpoint });

        var store = provider.GetRequiredService<IDocumentStore>();

        Assert.IsType<CosmosDocumentStore>(store);
        Assert.Single(provider.GetServices<CosmosClient>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCosmosStockStore(configuration);
        services.AddCosmosDocumentStore(configuration);
        return services.BuildServiceProvider();
    }
}

using Inventory.Azure.Stock;
using Inventory.Core.Stock;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Stock;

public sealed class CosmosStockStoreServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCosmosStockStore_NoEndpointNorConnectionString_FailsValidationNamingBoth()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Cosmos:DatabaseName"] = "inventory" });

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<CosmosStockStoreOptions>>().Value);

        Assert.Contains("Cosmos:AccountEndpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cosmos:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCosmosStockStore_RecentWindowLargerThanIdWindow_FailsValidation()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Cosmos:AccountEndpoint"] = "https://inventory.documents.azure.com:443/",
            ["Cosmos:AppliedIdWindow"] = "10",
            ["Cosmos:RecentEntriesWindow"] = "20",
        });

        Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<CosmosStockStoreOptions>>().Value);
    }

    [Fact]
    public void AddCosmosStockStore_AccountEndpoint_ResolvesCosmosStore()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Cosmos:AccountEndpoint"] = "https://inventory.documents.azure.com:443/",
        });

        var store = provider.GetRequiredService<IStockStore>();

        Assert.IsType<CosmosStockStore>(store);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCosmosStockStore(configuration);
        return services.BuildServiceProvider();
    }
}

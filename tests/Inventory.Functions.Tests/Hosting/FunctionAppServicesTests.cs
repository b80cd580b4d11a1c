using Inventory.Functions.Operations;
using Inventory.Functions.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Inventory.Functions.Tests.Hosting;

public sealed class FunctionAppServicesTests
{
    private static readonly Dictionary<string, string?> AzureSettings = new()
    {
        ["Cosmos:AccountEndpoint"] = "https://example.documents.azure.com:443/",
        ["Cosmos:DatabaseName"] = "inventory",
        ["ServiceBus:FullyQualifiedNamespace"] = "example.servicebus.windows.net",
        ["Storage:TableServiceUri"] = "https://example.table.core.windows.net",
        ["Storage:BlobServiceUri"] = "https://example.blob.core.windows.net",
        ["Planning:ReportSchedule"] = "0 0 2 * * *",
    };

    [Theory]
    [InlineData(typeof(WebhookFunctions))]
    [InlineData(typeof(Inventory.Functions.Catalog.CatalogFunctions))]
    [InlineData(typeof(StockFunctions))]
    [InlineData(typeof(ReplenishmentFunctions))]
    [InlineData(typeof(ListingFunctions))]
    [InlineData(typeof(Inventory.Functions.Sync.ChannelRulesFunctions))]
    [InlineData(typeof(Inventory.Functions.Sync.SkuSyncFunctions))]
    [InlineData(typeof(Inventory.Functions.Sync.ChannelStockFunctions))]
    [InlineData(typeof(Inventory.Functions.Sync.DurableClientCaptureFunction))]
    [InlineData(typeof(Inventory.Functions.Planning.NightlyReorderReport))]
    [InlineData(typeof(Inventory.Functions.Planning.NightlyKpiReport))]
    [InlineData(typeof(Inventory.Functions.Sync.ReconciliationFunction))]
    [InlineData(typeof(Inventory.Functions.Operations.IdempotencyPurgeFunction))]
    public async Task AddInventoryFunctionApp_AzureSettings_ResolvesEveryTrigger(Type trigger)
    {
        await using var provider = Build(AzureSettings);

        var instance = ActivatorUtilities.CreateInstance(provider, trigger);

        Assert.NotNull(instance);
    }

    [Fact]
    public async Task AddInventoryFunctionApp_AzureSettings_RegistersTheHostedConsumer()
    {
        await using var provider = Build(AzureSettings);

        Assert.Contains(provider.GetServices<IHostedService>(), s => s.GetType().Name == "ServiceBusMovementConsumer");
    }

    [Fact]
    public async Task AddInventoryFunctionApp_NoServiceBusSetting_FailsValidationNamingTheKey()
    {
        var settings = new Dictionary<string, string?>(AzureSettings) { ["ServiceBus:FullyQualifiedNamespace"] = null };
        await using var provider = Build(settings);

        var error = Assert.ThrowsAny<OptionsValidationException>(() =>
            provider.GetRequiredService<IOptions<Inventory.Azure.Messaging.ServiceBusOptions>>().Value);

        Assert.Contains("FullyQualifiedNamespace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddInventoryFunctionApp_AzureSettings_ValidatesThePlanningOptions()
    {
        await using var provider = Build(AzureSettings);

        var blobs = provider.GetRequiredService<IOptions<Inventory.Azure.Planning.BlobExportOptions>>().Value;
        var planning = provider.GetRequiredService<IOptions<Inventory.Core.Planning.PlanningOptions>>().Value;

        Assert.Equal("exports", blobs.ExportsContainerName);
        Assert.Equal(Inventory.Core.Planning.PlanningOptions.DefaultHistoryWindowDays, planning.HistoryWindowDays);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddInventoryFunctionApp(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

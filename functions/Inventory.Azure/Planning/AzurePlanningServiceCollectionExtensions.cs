using Azure.Identity;
using Azure.Storage.Blobs;
using Inventory.Azure.Stock;
using Inventory.Core.Catalog;
using Inventory.Core.Planning;
using Inventory.Core.Stock;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Planning;

/// <summary>Registers nightly planning on Azure: blob files, Cosmos DB reports, catalog and ledger reader.</summary>
public static class AzurePlanningServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NightlyRollup"/> and <see cref="NightlyPlanningRun"/> over the Azure adapters: daily facts
    /// in blob storage (<see cref="BlobDailyFactStore"/>), reports to blob files and Cosmos DB
    /// (<see cref="CompositeReportSink"/>), the catalog and the ledger in Cosmos DB. Options come from the
    /// <c>Planning</c>, <c>Storage</c> and <c>Cosmos</c> sections and are validated at start-up. The Cosmos DB client,
    /// database and ledger container are the stock store's (<see cref="CosmosStockStoreServiceCollectionExtensions"/>),
    /// registered here too when missing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration holding the sections.</param>
    public static IServiceCollection AddAzurePlanning(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        if (!services.Any(d => d.ServiceType == typeof(IStockStore)))
        {
            services.AddCosmosStockStore(configuration);
        }

        services.AddOptions<PlanningOptions>()
            .Bind(configuration.GetSection(PlanningOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<BlobExportOptions>()
            .Bind(configuration.GetSection(BlobExportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<CosmosPlanningOptions>()
            .Bind(configuration.GetSection(CosmosPlanningOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BlobExportOptions>>().Value;
            return options.BlobServiceUri is { } uri
                ? new BlobServiceClient(uri, new DefaultAzureCredential())
                : new BlobServiceClient(options.ConnectionString);
        });

        services.TryAddSingleton<BlobDailyFactStore>();
        services.TryAddSingleton<BlobReportSink>();
        services.TryAddSingleton<CosmosReportSink>();
        services.TryAddSingleton<IDailyFactStore>(provider => provider.GetRequiredService<BlobDailyFactStore>());
        services.TryAddSingleton<IReportSink>(provider => new CompositeReportSink(
            provider.GetRequiredService<BlobReportSink>(), provider.GetRequiredService<CosmosReportSink>()));
        services.TryAddSingleton<ICatalogStore, CosmosCatalogStore>();
        services.TryAddSingleton<IPlanningLedgerReader, CosmosPlanningLedgerReader>();
        services.TryAddSingleton<NightlyRollup>();
        services.TryAddSingleton<NightlyPlanningRun>();
        return services;
    }
}

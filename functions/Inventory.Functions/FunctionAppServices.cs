using Inventory.Api;
using Inventory.Azure.Documents;
using Inventory.Azure.Messaging;
using Inventory.Azure.Planning;
using Inventory.Azure.Stock;
using Inventory.Azure.Sync;
using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Inventory.Functions.Planning;
using Inventory.Functions.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Functions;

/// <summary>Everything the Function App registers, in one place so a test can prove the container resolves.</summary>
internal static class FunctionAppServices
{
    public static IServiceCollection AddInventoryFunctionApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddInventoryApi(configuration);
        services.AddCosmosStockStore(configuration);
        services.AddCosmosDocumentStore(configuration);
        services.AddServiceBusMovementPipeline(configuration);
        services.AddMarketplaceChannels(configuration);

        // Channel sync: one Durable orchestration per SKU x channel, sync state in Azure Tables.
        services.AddTableSyncStateStore(configuration);
        services.AddSingleton<ChannelSyncService>();
        services.AddSingleton<CapturedDurableClientSource>();
        services.AddSingleton<IDurableClientSource>(sp => sp.GetRequiredService<CapturedDurableClientSource>());
        services.AddSingleton<ISyncRequester, DurableSyncRequester>();

        // Nightly planning: daily facts and report files in Blob storage, reports, catalog and ledger in Cosmos DB.
        services.AddAzurePlanning(configuration);
        services.AddSingleton<NightlyPlanningJob>();
        return services;
    }
}

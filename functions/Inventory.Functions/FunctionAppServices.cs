using Inventory.Api;
using Inventory.Azure.Documents;
using Inventory.Azure.Messaging;
using Inventory.Azure.Stock;
using Inventory.Channels.Common;
using Inventory.Core.Sync;
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
        services.AddSingleton<ISyncRequester, NoChannelSync>();
        return services;
    }
}

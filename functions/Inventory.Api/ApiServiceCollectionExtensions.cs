using Inventory.Api.Catalog;
using Inventory.Api.Http;
using Inventory.Api.Operations;
using Inventory.Api.Sync;
using Inventory.Api.Webhooks;
using Inventory.Core.Catalog;
using Inventory.Core.Messaging;
using Inventory.Core.Operations;
using Inventory.Core.Sync;
using Inventory.Core.Sync.Allocation;
using Inventory.Core.Sync.Reconciliation;
using Inventory.Core.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inventory.Api;

/// <summary>Registers the use cases and endpoints both hosts share. Adapters (stores, publisher, channels) come from the
/// host.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Adds the intake, the event processor, the operations and the HTTP endpoints.</summary>
    public static IServiceCollection AddInventoryApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<ReconciliationOptions>()
            .Bind(configuration.GetSection(ReconciliationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISyncRequester, NoChannelSync>();
        services.AddMetrics();
        services.AddSingleton<IListingMap, DocumentListingMap>();
        services.AddSingleton<IUnmappedLineStore, DocumentUnmappedLineStore>();
        services.AddSingleton<UnmappedLineReplay>();
        services.AddSingleton<WebhookIntake>();
        services.AddSingleton<MovementProcessor>();
        services.AddSingleton<StockOperations>();
        services.AddSingleton<IdempotentPost>();
        services.AddSingleton<IdempotencyRecordPurge>();
        services.AddSingleton<WebhookEndpoint>();
        services.AddSingleton<OperationsEndpoint>();
        services.AddSingleton<IChannelRuleStore, DocumentChannelRuleStore>();
        services.AddSingleton<ChannelRulesService>();
        services.AddSingleton<ChannelRulesEndpoint>();
        services.AddSingleton<ChannelStockEndpoint>();
        services.AddSingleton<CatalogEndpoint>();
        services.AddSingleton<RecentDemandSignals>();
        services.AddSingleton<IDemandSignalSource, CachedDemandSignals>();
        services.AddSingleton<AllocatedTargetCalculator>();
        services.AddSingleton<IChannelTargetCalculator>(sp => sp.GetRequiredService<AllocatedTargetCalculator>());
        services.AddSingleton<ReconciliationService>();
        services.AddHostedService<SyncedChannelsReport>();
        services.AddSingleton<OversellCauseAnalyzer>();
        return services;
    }
}

using Inventory.Core.Catalog;
using Inventory.Core.Documents;
using Inventory.Core.Messaging;
using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Embedded.Documents;
using Inventory.Embedded.Inbox;
using Inventory.Embedded.Planning;
using Inventory.Embedded.Stock;
using Inventory.Embedded.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inventory.Embedded;

/// <summary>
/// Registers the embedded adapters: SQLite stock, documents, inbox and sync state, the in-process consumer, and the
/// in-process coalescing sync runner (in place of any sync requester registered before), and the reconciliation timer.
/// </summary>
public static class EmbeddedServiceCollectionExtensions
{
    /// <summary>Adds the embedded runtime, bound to the <c>Embedded</c> configuration section.</summary>
    public static IServiceCollection AddEmbeddedRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SqliteStoreOptions>()
            .Bind(configuration.GetSection(SqliteStoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<InboxOptions>()
            .Bind(configuration.GetSection(InboxOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<CoalescingSyncOptions>()
            .Bind(configuration.GetSection(CoalescingSyncOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<ReconciliationRunnerOptions>()
            .Bind(configuration.GetSection(ReconciliationRunnerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteStockStore>();
        services.AddSingleton<IStockStore>(sp => sp.GetRequiredService<SqliteStockStore>());
        services.AddSingleton<SqliteDocumentStore>();
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<SqliteDocumentStore>());
        services.AddSingleton<SqliteInbox>();
        services.AddSingleton<IMovementPublisher>(sp => sp.GetRequiredService<SqliteInbox>());
        services.AddHostedService<InboxConsumer>();
        services.AddSingleton<ICatalogStore, SqliteCatalogStore>();

        services.AddSingleton<SqliteSyncStateStore>();
        services.AddSingleton<ISyncStateStore>(sp => sp.GetRequiredService<SqliteSyncStateStore>());
        services.AddSingleton<ChannelSyncService>();
        services.AddSingleton<CoalescingSyncRequester>();
        services.RemoveAll<ISyncRequester>();
        services.AddSingleton<ISyncRequester>(sp => sp.GetRequiredService<CoalescingSyncRequester>());
        services.AddHostedService<ReconciliationRunner>();
        return services;
    }
}

using Azure.Data.Tables;
using Azure.Identity;
using Inventory.Core.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Sync;

/// <summary>Registers the Azure Tables sync state store.</summary>
public static class TableSyncStateServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ISyncStateStore"/> over Azure Tables, bound to the <c>Storage</c> section and validated
    /// at start-up.</summary>
    public static IServiceCollection AddTableSyncStateStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TableSyncStateOptions>()
            .Bind(configuration.GetSection(TableSyncStateOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<ISyncStateStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TableSyncStateOptions>>().Value;
            var service = options.TableServiceUri is { } uri
                ? new TableServiceClient(uri, new DefaultAzureCredential())
                : new TableServiceClient(options.ConnectionString);
            return new TableSyncStateStore(service.GetTableClient(options.SyncStateTableName));
        });
        return services;
    }
}

using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Inventory.Core.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Messaging;

/// <summary>Registers the Service Bus side of the movement pipeline.</summary>
public static class ServiceBusServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ServiceBusClient"/>, the Service Bus <see cref="IMovementPublisher"/>, the message
    /// handler and the hosted session consumer, with <see cref="ServiceBusOptions"/> bound from the
    /// <c>ServiceBus</c> section and validated at start-up.
    /// </summary>
    /// <remarks>
    /// The consumer applies movements through <see cref="MovementProcessor"/>, registered here if it is not already;
    /// the host registers its <c>IStockStore</c> and <c>ISyncRequester</c>.
    /// </remarks>
    public static IServiceCollection AddServiceBusMovementPipeline(
        this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ServiceBusOptions>()
            .Bind(configuration.GetSection(ServiceBusOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<ServiceBusOptions>, ServiceBusOptionsValidator>());

        services.TryAddSingleton(
            provider => CreateClient(provider.GetRequiredService<IOptions<ServiceBusOptions>>().Value));
        services.TryAddSingleton<IMovementPublisher>(provider => new ServiceBusMovementPublisher(
            provider.GetRequiredService<ServiceBusClient>()
                .CreateSender(provider.GetRequiredService<IOptions<ServiceBusOptions>>().Value.QueueName),
            provider.GetRequiredService<ILogger<ServiceBusMovementPublisher>>()));
        services.TryAddSingleton<MovementProcessor>();
        services.TryAddSingleton<MovementMessageHandler>();
        services.AddHostedService<ServiceBusMovementConsumer>();
        return services;
    }

    /// <summary>The client: the managed identity on Azure, a connection string only where one is configured.</summary>
    internal static ServiceBusClient CreateClient(ServiceBusOptions options)
    {
        var clientOptions = new ServiceBusClientOptions { TransportType = ServiceBusTransportType.AmqpTcp };
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new ServiceBusClient(options.ConnectionString, clientOptions);
        }

        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? null
                : options.ManagedIdentityClientId,
        });
        return new ServiceBusClient(options.FullyQualifiedNamespace, credential, clientOptions);
    }
}

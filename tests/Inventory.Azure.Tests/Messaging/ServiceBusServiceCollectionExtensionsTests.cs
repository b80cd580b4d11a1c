using Azure.Messaging.ServiceBus;
using Inventory.Azure.Messaging;
using Inventory.Core.Messaging;
using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Testing.Stock;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Messaging;

public sealed class ServiceBusServiceCollectionExtensionsTests
{
    private const string ConnectionString =
        "Endpoint=sb://localhost/;SharedAccessKeyName=local;SharedAccessKey=c2VjcmV0LWtleQ==";

    [Fact]
    public async Task AddServiceBusMovementPipeline_NamespaceOnly_UsesDocumentedDefaults()
    {
        await using var provider = Build(
            new() { ["ServiceBus:FullyQualifiedNamespace"] = "contoso.servicebus.windows.net" });

        var options = provider.GetRequiredService<IOptions<ServiceBusOptions>>().Value;

        Assert.Equal("inventory-events", options.QueueName);
        Assert.Equal(8, options.MaxConcurrentSessions);
        Assert.Equal(10, options.PrefetchCount);
        Assert.Equal(TimeSpan.FromSeconds(5), options.SessionIdleTimeout);
    }

    [Fact]
    public async Task AddServiceBusMovementPipeline_SettingsGiven_BindsThemFromTheSection()
    {
        await using var provider = Build(new()
        {
            ["ServiceBus:ConnectionString"] = ConnectionString,
            ["ServiceBus:QueueName"] = "inventory-events-dev",
            ["ServiceBus:MaxConcurrentSessions"] = "32",
            ["ServiceBus:PrefetchCount"] = "0",
            ["ServiceBus:SessionIdleTimeout"] = "00:00:02",
        });

        var options = provider.GetRequiredService<IOptions<ServiceBusOptions>>().Value;

        Assert.Equal(
            ("inventory-events-dev", 32, 0, TimeSpan.FromSeconds(2)),
            (options.QueueName, options.MaxConcurrentSessions, options.PrefetchCount, options.SessionIdleTimeout));
    }

    [Fact]
    public async Task AddServiceBusMovementPipeline_NoConnectionConfigured_FailsAtStartup()
    {
        await using var provider = Build([]);

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ServiceBus:FullyQualifiedNamespace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddServiceBusMovementPipeline_ZeroSessions_FailsAtStartup()
    {
        await using var provider = Build(new()
        {
            ["ServiceBus:ConnectionString"] = ConnectionString,
            ["ServiceBus:MaxConcurrentSessions"] = "0",
        });

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(nameof(ServiceBusOptions.MaxConcurrentSessions), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddServiceBusMovementPipeline_ConnectionString_ResolvesTheServiceBusPublisher()
    {
        await using var provider = Build(new() { ["ServiceBus:ConnectionString"] = ConnectionString });

        var publisher = provider.GetRequiredService<IMovementPublisher>();

        Assert.IsType<ServiceBusMovementPublisher>(publisher);
    }

    [Fact]
    public async Task AddServiceBusMovementPipeline_ConnectionString_RegistersTheConsumerAsHostedService()
    {
        await using var provider = Build(new() { ["ServiceBus:ConnectionString"] = ConnectionString });

        var hosted = provider.GetServices<IHostedService>();

        Assert.IsType<ServiceBusMovementConsumer>(Assert.Single(hosted));
    }

    [Fact]
    public async Task AddServiceBusMovementPipeline_Resolved_ClientIsOneSingleton()
    {
        await using var provider = Build(new() { ["ServiceBus:ConnectionString"] = ConnectionString });

        var first = provider.GetRequiredService<ServiceBusClient>();
        var second = provider.GetRequiredService<ServiceBusClient>();

        Assert.Same(first, second);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IStockStore>(new InMemoryStockStore(TimeProvider.System));
        services.AddSingleton<ISyncRequester, NoChannelSync>();

        services.AddServiceBusMovementPipeline(configuration);

        return services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

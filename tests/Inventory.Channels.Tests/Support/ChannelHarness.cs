using Inventory.Channels.Common;
using Inventory.Core.Catalog;
using Inventory.Core.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Support;

/// <summary>The adapters as the host registers them, over in-memory settings, a fake listing map and clock.</summary>
public sealed class ChannelHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    private ChannelHarness(ServiceProvider provider, FakeListingMap listings, FakeTimeProvider time)
    {
        _provider = provider;
        Listings = listings;
        Time = time;
    }

    public FakeListingMap Listings { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _provider;

    public static ChannelHarness Create(IDictionary<string, string?>? settings = null, FakeListingMap? listings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var time = new FakeTimeProvider(Deliveries.ReceivedAt);
        listings ??= new FakeListingMap();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton<IListingMap>(listings);
        services.AddSingleton<TimeProvider>(time);
        services.AddMarketplaceChannels(configuration);
        LoosenLookupTimeouts(services);
        return new ChannelHarness(services.BuildServiceProvider(validateScopes: true), listings, time);
    }

    public IWebhookChannel Channel(string name) =>
        _provider.GetServices<IWebhookChannel>().Single(channel => channel.Name == name);

    public void Dispose() => _provider.Dispose();

    /// <summary>
    /// The lookups give up after 4 s so a channel redelivers before its own timeout; a WireMock server's first answer
    /// on a loaded 2-core machine can take longer than that, which no test here is about.
    /// </summary>
    private static void LoosenLookupTimeouts(ServiceCollection services)
    {
        string[] lookups =
        [
            ChannelHttpClients.AmazonOrders, ChannelHttpClients.WalmartOrders, ChannelHttpClients.EbayApi,
            ChannelHttpClients.TiktokOrders,
        ];
        foreach (var name in lookups)
        {
            services.AddHttpClient(name).ConfigureHttpClient(client => client.Timeout = TimeSpan.FromSeconds(60));
        }
    }
}

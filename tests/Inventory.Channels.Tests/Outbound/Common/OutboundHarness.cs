using Inventory.Channels.Common;
using Inventory.Core.Catalog;
using Inventory.Core.Sync;
using Inventory.Channels.Tests.Support;
using Inventory.FakeMarketplaces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inventory.Channels.Tests.Outbound.Common;

/// <summary>The fake marketplaces and the outbound clients as the host registers them, pointed at the fakes.</summary>
public sealed class OutboundHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private OutboundHarness(FakeMarketplaceServer fake, ServiceProvider provider, InMemoryChannelListings listings)
    {
        Fake = fake;
        _provider = provider;
        Listings = listings;
    }

    public FakeMarketplaceServer Fake { get; }

    public InMemoryChannelListings Listings { get; }

    public FakeMarketplaceState State => Fake.State;

    public IServiceProvider Services => _provider;

    /// <summary>Starts the fakes and builds the clients; <paramref name="settings"/> override the fake's.</summary>
    public static async Task<OutboundHarness> StartAsync(
        IDictionary<string, string?>? settings = null,
        FaultProfile? faults = null,
        FakeMarketplaceOptions? fakeOptions = null,
        TimeProvider? time = null)
    {
        var fake = await FakeMarketplaceServer.StartAsync(0, faults, fakeOptions);
        var values = new Dictionary<string, string?>(fake.ClientSettings());
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var listings = new InMemoryChannelListings();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton<IListingMap>(new FakeListingMap());
        services.AddSingleton<IChannelListingDirectory>(listings);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddMarketplaceChannels(configuration);
        return new OutboundHarness(fake, services.BuildServiceProvider(validateScopes: true), listings);
    }

    public IChannelInventoryClient Client(string channel) =>
        _provider.GetServices<IChannelInventoryClient>().Single(client => client.Channel == channel);

    public static ChannelPush Push(
        string channel, string sku, int quantity, int? expected = null, string? key = null) =>
        new(channel, sku, quantity, 1, expected, key ?? $"{channel}:{sku}:{quantity}:{Guid.NewGuid():N}");

    /// <summary>
    /// One push to open connections and compile both sides, then a pause for both buckets to refill: a cold first
    /// call can reach the fake late, after its bucket stopped refilling at the cap, which a burst test is not about.
    /// </summary>
    public async Task WarmUpAsync(ChannelPush push, TimeSpan refill)
    {
        var result = await Client(push.Channel).PushAsync(push, default);
        Assert.Equal(PushStatus.Accepted, result.Status);
        await Task.Delay(refill);
        State.ClearRecords();
    }

    public IReadOnlyList<RecordedRequest> Requests(string channel, string pathPart) =>
        [.. State.Requests.Where(r => r.Channel == channel && r.Path.Contains(pathPart, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Fake.DisposeAsync();
    }
}

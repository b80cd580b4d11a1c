using Inventory.Channels.Common;
using Inventory.Core.Catalog;
using Inventory.Core.Sync;
using Inventory.Channels.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Tests.Outbound.Common;

public sealed class OutboundRegistrationTests
{
    [Fact]
    public void AddMarketplaceChannels_NothingConfigured_RegistersFiveInventoryClients()
    {
        using var provider = Build();

        var channels = provider.GetServices<IChannelInventoryClient>().Select(client => client.Channel);

        Assert.Equal(ChannelNames.All, channels);
    }

    [Fact]
    public void IsConfigured_NothingConfigured_FalseOnEveryClient()
    {
        using var provider = Build();

        var configured = provider.GetServices<IChannelInventoryClient>().Where(client => client.IsConfigured);

        Assert.Empty(configured);
    }

    [Fact]
    public void IsConfigured_AddressAndCredentialsOfEveryChannel_TrueOnEveryClient()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Channels:Shopify:ApiBaseUrl"] = "https://shop.example",
            ["Channels:Shopify:AccessToken"] = "shpat",
            ["Channels:Amazon:SellerId"] = "A1SELLER",
            ["Channels:Amazon:AccessToken"] = "atza",
            ["Channels:Walmart:ClientId"] = "client",
            ["Channels:Walmart:ClientSecret"] = "secret",
            ["Channels:Ebay:ClientId"] = "client",
            ["Channels:Ebay:ClientSecret"] = "secret",
            ["Channels:Ebay:RefreshToken"] = "refresh",
            ["Channels:Tiktok:AppKey"] = "key",
            ["Channels:Tiktok:AppSecret"] = "secret",
            ["Channels:Tiktok:AccessToken"] = "token",
            ["Channels:Tiktok:ShopCipher"] = "cipher",
        });

        var notConfigured = provider.GetServices<IChannelInventoryClient>().Where(client => !client.IsConfigured);

        Assert.Empty(notConfigured);
    }

    [Fact]
    public void IsConfigured_AmazonCredentialsWithoutSeller_False()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Channels:Amazon:AccessToken"] = "atza" });

        var amazon = provider.GetServices<IChannelInventoryClient>().Single(client => client.Channel == "amazon");

        Assert.False(amazon.IsConfigured);
    }

    [Fact]
    public void AddMarketplaceChannels_NothingConfigured_StartupValidationPasses()
    {
        using var provider = Build();

        var exception = Record.Exception(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(exception);
    }

    [Fact]
    public void AddMarketplaceChannels_ResilienceRateOutOfRange_FailsStartupValidation()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Channels:Amazon:Resilience:RequestsPerSecond"] = "0",
        });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public async Task PushAsync_NothingConfigured_FailsNamingTheSettingWithoutCalling()
    {
        using var provider = Build();

        var results = new List<PushResult>();
        foreach (var client in provider.GetServices<IChannelInventoryClient>())
        {
            results.Add(await client.PushAsync(OutboundHarness.Push(client.Channel, "SKU-1", 1), default));
        }

        Assert.All(results, result => Assert.Contains(
            result.Status, new[] { PushStatus.Failed, PushStatus.NotListed }));
        Assert.All(results.Where(r => r.Status == PushStatus.Failed), result =>
            Assert.Contains("Channels:", result.Error, StringComparison.Ordinal));
    }

    private static ServiceProvider Build(IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton<IListingMap>(new FakeListingMap());
        services.AddSingleton<IChannelListingDirectory>(new InMemoryChannelListings());
        services.AddMarketplaceChannels(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }
}

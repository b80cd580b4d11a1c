using Inventory.Channels.Amazon;
using Inventory.Channels.Ebay;
using Inventory.Channels.Shopify;
using Inventory.Channels.Tiktok;
using Inventory.Channels.Walmart;
using Inventory.Core.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Common;

/// <summary>Registers the five marketplace webhook adapters.</summary>
public static class ChannelServiceCollectionExtensions
{
    /// <summary>
    /// Registers Shopify, Amazon, Walmart, eBay and TikTok Shop as <see cref="IWebhookChannel"/>, with their options
    /// bound from <c>Channels:{Name}</c> and validated at start-up. A channel without its secret starts anyway and
    /// refuses every delivery with a reason, so a host runs with no channel configured. The host must register an
    /// <see cref="Inventory.Core.Catalog.IListingMap"/> and logging; a <see cref="TimeProvider"/> is added if missing.
    /// </summary>
    public static IServiceCollection AddMarketplaceChannels(
        this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        Bind<ShopifyOptions>(services, configuration, ShopifyOptions.SectionName);
        Bind<AmazonOptions>(services, configuration, AmazonOptions.SectionName);
        Bind<WalmartOptions>(services, configuration, WalmartOptions.SectionName);
        Bind<EbayOptions>(services, configuration, EbayOptions.SectionName);
        Bind<TiktokOptions>(services, configuration, TiktokOptions.SectionName);

        AddApiClient<AmazonOptions>(services, ChannelHttpClients.AmazonOrders, o => o.ApiBaseUrl);
        AddApiClient<WalmartOptions>(services, ChannelHttpClients.WalmartOrders, o => o.ApiBaseUrl);
        AddApiClient<EbayOptions>(services, ChannelHttpClients.EbayApi, o => o.ApiBaseUrl);
        AddApiClient<TiktokOptions>(services, ChannelHttpClients.TiktokOrders, o => o.ApiBaseUrl);

        services.TryAddSingleton<AmazonOrderClient>();
        services.TryAddSingleton<WalmartOrderClient>();
        services.TryAddSingleton<EbayOrderClient>();
        services.TryAddSingleton<EbayPublicKeyStore>();
        services.TryAddSingleton<TiktokOrderClient>();

        services.AddSingleton<IWebhookChannel, ShopifyWebhookChannel>();
        services.AddSingleton<IWebhookChannel, AmazonWebhookChannel>();
        services.AddSingleton<IWebhookChannel, WalmartWebhookChannel>();
        services.AddSingleton<IWebhookChannel, EbayWebhookChannel>();
        services.AddSingleton<IWebhookChannel, TiktokWebhookChannel>();
        return services;
    }

    private static void Bind<TOptions>(IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

    private static void AddApiClient<TOptions>(IServiceCollection services, string name, Func<TOptions, string> baseUrl)
        where TOptions : class =>
        services.AddHttpClient(name).ConfigureHttpClient((provider, client) =>
        {
            // A trailing slash keeps the relative request paths under any path prefix of the base URL.
            var root = baseUrl(provider.GetRequiredService<IOptions<TOptions>>().Value).TrimEnd('/') + "/";
            client.BaseAddress = new Uri(root, UriKind.Absolute);
            // The channels give up on a delivery after about 5 s (Shopify, EventBridge), so a slow lookup must fail
            // first: it then surfaces as a ChannelApiException and the channel redelivers.
            client.Timeout = TimeSpan.FromSeconds(4);
        });
}

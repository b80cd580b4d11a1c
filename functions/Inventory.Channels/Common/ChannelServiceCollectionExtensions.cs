using Inventory.Channels.Amazon;
using Inventory.Channels.Ebay;
using Inventory.Channels.Shopify;
using Inventory.Channels.Tiktok;
using Inventory.Channels.Walmart;
using Inventory.Core.Sync;
using Inventory.Core.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Common;

/// <summary>Registers the five marketplace webhook adapters and outbound inventory clients.</summary>
public static class ChannelServiceCollectionExtensions
{
    /// <summary>
    /// Registers Shopify, Amazon, Walmart, eBay and TikTok Shop as <see cref="IWebhookChannel"/>, with their options
    /// bound from <c>Channels:{Name}</c> and validated at start-up. A channel without its secret starts anyway and
    /// refuses every delivery with a reason, so a host runs with no channel configured. The host must register an
    /// <see cref="Inventory.Core.Catalog.IListingMap"/> and logging; a <see cref="TimeProvider"/> is added if missing.
    /// The five outbound clients are registered as <see cref="IChannelInventoryClient"/>, each over a named
    /// <see cref="HttpClient"/> with its own rate limiter, retry, circuit breaker and timeouts; they look listings up
    /// through <see cref="IChannelListingDirectory"/>, by default <see cref="DocumentChannelListingDirectory"/>
    /// over the host's <see cref="Inventory.Core.Documents.IDocumentStore"/>.
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

        services.TryAddSingleton<AmazonTokens>();
        services.TryAddSingleton<WalmartTokens>();
        services.TryAddSingleton<EbayTokens>();
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

        AddOutbound(services, configuration);
        return services;
    }

    private static void AddOutbound(IServiceCollection services, IConfiguration configuration)
    {
        Bind<ShopifyOutboundOptions>(services, configuration, ShopifyOptions.SectionName);
        Bind<AmazonOutboundOptions>(services, configuration, AmazonOptions.SectionName);
        Bind<WalmartOutboundOptions>(services, configuration, WalmartOptions.SectionName);
        Bind<EbayOutboundOptions>(services, configuration, EbayOptions.SectionName);
        Bind<TiktokOutboundOptions>(services, configuration, TiktokOptions.SectionName);
        services.TryAddSingleton<IChannelListingDirectory, DocumentChannelListingDirectory>();

        OutboundPipeline.AddOutboundClient(
            services,
            ChannelHttpClients.ShopifyInventory,
            p => Root(Options<ShopifyOutboundOptions>(p).ApiBaseUrl),
            p => Options<ShopifyOutboundOptions>(p).Resilience,
            rateLimited: false);
        OutboundPipeline.AddOutboundClient(
            services,
            ChannelHttpClients.AmazonListings,
            p => Root(Options<AmazonOptions>(p).ApiBaseUrl),
            p => Options<AmazonOutboundOptions>(p).Resilience);
        OutboundPipeline.AddOutboundClient(
            services, ChannelHttpClients.AmazonToken, _ => null, _ => TokenResilience, rateLimited: false);
        OutboundPipeline.AddOutboundClient(
            services,
            ChannelHttpClients.WalmartInventory,
            p => Root(Options<WalmartOptions>(p).ApiBaseUrl),
            p => Options<WalmartOutboundOptions>(p).Resilience);
        OutboundPipeline.AddOutboundClient(
            services,
            ChannelHttpClients.WalmartToken,
            p => Root(Options<WalmartOptions>(p).ApiBaseUrl),
            _ => TokenResilience,
            rateLimited: false);
        OutboundPipeline.AddOutboundClient(
            services,
            ChannelHttpClients.EbayInventory,
            p => Root(Options<EbayOptions>(p).ApiBaseUrl),
            p => Options<EbayOutboundOptions>(p).Resilience);
        OutboundPipeline.AddOutboundClient(
            services,
            ChannelHttpClients.EbayToken,
            p => Root(Options<EbayOptions>(p).ApiBaseUrl),
            _ => TokenResilience,
            rateLimited: false);
        OutboundPipeline.AddOutboundClient(
            services,
            ChannelHttpClients.TiktokInventory,
            p => Root(Options<TiktokOptions>(p).ApiBaseUrl),
            p => Options<TiktokOutboundOptions>(p).Resilience);

        services.AddSingleton<IChannelInventoryClient, ShopifyInventoryClient>();
        services.AddSingleton<IChannelInventoryClient, AmazonInventoryClient>();
        services.AddSingleton<IChannelInventoryClient, WalmartInventoryClient>();
        services.AddSingleton<IChannelInventoryClient, EbayInventoryClient>();
        services.AddSingleton<IChannelInventoryClient, TiktokInventoryClient>();
    }

    /// <summary>Token endpoints: a short retry, no rate limiter (one call per token lifetime).</summary>
    private static ChannelResilienceOptions TokenResilience { get; } = new()
    {
        MaxRetryAttempts = 2,
        AttemptTimeoutSeconds = 10,
        TotalTimeoutSeconds = 25,
    };

    private static TOptions Options<TOptions>(IServiceProvider provider)
        where TOptions : class =>
        provider.GetRequiredService<IOptions<TOptions>>().Value;

    /// <summary>The base address with a trailing slash, so relative paths stay under any path prefix.</summary>
    private static Uri? Root(string? baseUrl) =>
        string.IsNullOrEmpty(baseUrl) ? null : new Uri(baseUrl.TrimEnd('/') + "/", UriKind.Absolute);

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

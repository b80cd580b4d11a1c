using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inventory.FakeMarketplaces;

/// <summary>
/// Stateful fakes of the five marketplaces' inventory and token endpoints in one Kestrel app on the loopback
/// address, each under its own path prefix (<c>/shopify</c>, <c>/amazon</c>, <c>/walmart</c>, <c>/ebay</c>,
/// <c>/tiktok</c>). They keep per-item quantities, enforce each channel's rate limit with that channel's throttling
/// answer, inject faults from a <see cref="FaultProfile"/>, and record what they saw in <see cref="State"/>.
/// </summary>
public sealed class FakeMarketplaceServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeMarketplaceServer(
        WebApplication app, FakeMarketplaceUrls urls, FakeMarketplaceState state, FakeMarketplaceOptions options)
    {
        _app = app;
        Urls = urls;
        State = state;
        Options = options;
    }

    /// <summary>Where each channel answers.</summary>
    public FakeMarketplaceUrls Urls { get; }

    /// <summary>Quantities and records.</summary>
    public FakeMarketplaceState State { get; }

    /// <summary>The credentials and limits in force.</summary>
    public FakeMarketplaceOptions Options { get; }

    /// <summary>Starts the fakes on <c>127.0.0.1:<paramref name="port"/></c> (0 picks a free port).</summary>
    public static async Task<FakeMarketplaceServer> StartAsync(
        int port = 0,
        FaultProfile? faults = null,
        FakeMarketplaceOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        options ??= new FakeMarketplaceOptions();
        var state = new FakeMarketplaceState(options.MaxRecords);
        var context = new FakeContext(options, faults ?? FaultProfile.None, state);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(
            host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        new ShopifyFake(context).Map(app);
        new AmazonFake(context).Map(app);
        new WalmartFake(context).Map(app);
        new EbayFake(context).Map(app);
        new TiktokFake(context).Map(app);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First();
        var root = new Uri(address.TrimEnd('/') + "/", UriKind.Absolute);
        return new FakeMarketplaceServer(app, FakeMarketplaceUrls.For(root), state, options);
    }

    /// <summary>
    /// Configuration entries (<c>Channels:{Name}:...</c>) that point the outbound clients at these fakes with the
    /// credentials they accept. Seller id and warehouse values are the fake's; channel listings are still needed for
    /// Shopify and TikTok Shop.
    /// </summary>
    public IReadOnlyDictionary<string, string?> ClientSettings()
    {
        var tiktok = Options.TiktokCredentials;
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Channels:Shopify:ApiBaseUrl"] = Urls.Shopify.ToString(),
            ["Channels:Shopify:AccessToken"] = Options.ShopifyAccessToken,
            ["Channels:Shopify:CostBucketSize"] = Options.ShopifyBucketSize.ToString(CultureInfo.InvariantCulture),
            ["Channels:Shopify:RestoreRatePerSecond"] =
                Options.ShopifyRestoreRate.ToString(CultureInfo.InvariantCulture),
            ["Channels:Amazon:ApiBaseUrl"] = Urls.Amazon.ToString(),
            ["Channels:Amazon:TokenUrl"] = Urls.AmazonToken.ToString(),
            ["Channels:Amazon:LwaClientId"] = Options.AmazonCredentials.ClientId,
            ["Channels:Amazon:LwaClientSecret"] = Options.AmazonCredentials.ClientSecret,
            ["Channels:Amazon:LwaRefreshToken"] = Options.AmazonCredentials.RefreshToken,
            ["Channels:Amazon:SellerId"] = "A1FAKESELLER",
            ["Channels:Walmart:ApiBaseUrl"] = Urls.Walmart.ToString(),
            ["Channels:Walmart:ClientId"] = Options.WalmartCredentials.ClientId,
            ["Channels:Walmart:ClientSecret"] = Options.WalmartCredentials.ClientSecret,
            ["Channels:Ebay:ApiBaseUrl"] = Urls.Ebay.ToString(),
            ["Channels:Ebay:ClientId"] = Options.EbayCredentials.ClientId,
            ["Channels:Ebay:ClientSecret"] = Options.EbayCredentials.ClientSecret,
            ["Channels:Ebay:RefreshToken"] = Options.EbayCredentials.RefreshToken,
            ["Channels:Tiktok:ApiBaseUrl"] = Urls.Tiktok.ToString(),
            ["Channels:Tiktok:AppKey"] = tiktok.AppKey,
            ["Channels:Tiktok:AppSecret"] = tiktok.AppSecret,
            ["Channels:Tiktok:AccessToken"] = tiktok.AccessToken,
            ["Channels:Tiktok:ShopCipher"] = tiktok.ShopCipher,
        };
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

using System.Globalization;
using Inventory.Api;
using Inventory.Api.Http;
using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Inventory.Embedded;
using Inventory.FakeMarketplaces;
using Inventory.Embedded.Inbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Inventory.Local;

/// <summary>
/// The product on one machine: the Function App's routes on Kestrel, with the SQLite stock store, the durable SQLite
/// inbox and the in-process consumer instead of Cosmos DB and Service Bus. Needs no cloud service and no emulator.
/// </summary>
internal static class LocalHost
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    private const string FaultsOption = "--fake-channel-faults=";

    public static WebApplication Build(string[] args)
    {
        var faults = FaultsOf(args.FirstOrDefault(a => a.StartsWith(FaultsOption, StringComparison.Ordinal)));
        var fakeChannels = args.Contains("--fake-channels") || faults is not null;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = Translate(args
                .Where(a => a != "--fake-channels" && !a.StartsWith(FaultsOption, StringComparison.Ordinal))
                .ToArray()),
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(Defaults(builder.Configuration));

        // The fakes start first so the channel clients are configured with their addresses and credentials.
        FakeMarketplaceServer? fakes = null;
        if (fakeChannels)
        {
            fakes = FakeMarketplaceServer.StartAsync(0, faults).GetAwaiter().GetResult();
            builder.Configuration.AddInMemoryCollection(fakes.ClientSettings());
            // A factory registration, so the container owns the server and stops it when the host is disposed.
            var server = fakes;
            builder.Services.AddSingleton(_ => server);
        }

        builder.Services.AddInventoryApi(builder.Configuration);
        builder.Services.AddEmbeddedRuntime(builder.Configuration);
        builder.Services.AddMarketplaceChannels(builder.Configuration);
        builder.Services.AddHostedService<IdempotencyPurgeSchedule>();
        if (fakes is not null)
        {
            builder.Services.AddSingleton<IChannelListingDirectory, FakeChannelListings>();
        }
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
            kestrel.AddServerHeader = false);

        var app = builder.Build();
        if (fakes is not null)
        {
            // Resolved once so the container tracks it for disposal.
            _ = app.Services.GetRequiredService<FakeMarketplaceServer>();
            app.MapGet("/api/fake-channels", () => Results.Ok(new
            {
                urls = fakes.Urls,
                accepted = fakes.State.AcceptedPushes.Count,
                throttled = fakes.State.Throttles.Count,
                latest = fakes.State.AcceptedPushes.TakeLast(20),
            }));
            FakeChannelRecords.Map(app, fakes);
        }

        app.MapInventoryApi();
        app.MapGet("/", () => Results.Redirect("/api/openapi.json"));

        // The embedded inbox's depth: lets a script or a load test wait until every accepted webhook is applied.
        app.MapGet("/api/health/inbox", (SqliteInbox inbox) =>
            Results.Ok(new { pending = inbox.CountPending(), deadLetters = inbox.CountDeadLetters() }));

        // The HTTP floor of a webhook: reads the body under the webhook limit as the webhook route does, then answers
        // 200 with nothing verified, parsed or written. The webhook load test measures it beside the real route.
        app.MapPost("/api/health/bare", async (HttpContext context, IOptions<ApiOptions> options) =>
        {
            using var body = await RequestBody.ReadPooledAsync(
                context.Request, options.Value.MaxWebhookBodyBytes, context.RequestAborted);
            return body is null ? Results.StatusCode(StatusCodes.Status413PayloadTooLarge) : Results.Ok();
        });
        return app;
    }

    /// <summary>
    /// <c>--fake-channel-faults=0.3</c>: implies <c>--fake-channels</c>; about that share of the fakes' inventory calls
    /// fail, a third each as injected throttles (each channel's own throttling answer, asking for 1 s), 503s and
    /// timeouts (a 3 s hang, then 504), half of those before the change takes effect and half after it.
    /// </summary>
    private static FaultProfile? FaultsOf(string? option)
    {
        if (option is null)
        {
            return null;
        }

        var share = double.Parse(option[FaultsOption.Length..], NumberStyles.Float, CultureInfo.InvariantCulture);
        ArgumentOutOfRangeException.ThrowIfLessThan(share, 0, FaultsOption);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(share, 1, FaultsOption);
        return FaultProfile.Spread(share, TimeSpan.FromSeconds(3));
    }

    // Short options of the command line become the configuration keys they stand for.
    private static string[] Translate(string[] args) => args
        .Select(a => a switch
        {
            "--data-dir" => "--Embedded:DataDirectory",
            _ when a.StartsWith("--data-dir=", StringComparison.Ordinal) => "--Embedded:DataDirectory=" + a[11..],
            _ => a,
        })
        .ToArray();

    private static Dictionary<string, string?> Defaults(ConfigurationManager configuration)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["ASPNETCORE_URLS"]))
        {
            defaults["urls"] = DefaultUrl;
        }

        if (string.IsNullOrEmpty(configuration["Embedded:DataDirectory"]))
        {
            defaults["Embedded:DataDirectory"] = Path.Combine(Directory.GetCurrentDirectory(), ".inventory");
        }

        return defaults;
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Inventory.FakeMarketplaces;

/// <summary>What every fake channel shares: options, state, fault draws, and the plumbing of reading and
/// answering.</summary>
internal sealed class FakeContext(FakeMarketplaceOptions options, FaultProfile faults, FakeMarketplaceState state)
{
    private readonly Lock _randomLock = new();
    private readonly Random _random = new(faults.Seed);

    public FakeMarketplaceOptions Options => options;

    public FakeMarketplaceState State => state;

    public DateTimeOffset Now => options.Time.GetUtcNow();

    public FakeRateLimit Limit(double rate, double size) => new(options.Time, rate, size, options.RateGrace);

    /// <summary>Reads the body and records the request; the path is given without the channel prefix.</summary>
    public async Task<string> ReadAsync(HttpContext context, string channel)
    {
        // Buffered and rewound, so a token endpoint can still read the same body as a form.
        context.Request.EnableBuffering();
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        context.Request.Body.Position = 0;
        var headers = context.Request.Headers.ToDictionary(
            h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);
        var path = context.Request.Path.Value ?? string.Empty;
        var prefix = "/" + channel;
        state.Record(new RecordedRequest(
            channel,
            context.Request.Method,
            path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path,
            context.Request.QueryString.Value ?? string.Empty,
            headers,
            body,
            Now));
        return body;
    }

    /// <summary>Draws and applies the fault profile; true when the answer has been written already.</summary>
    public async Task<bool> InjectFaultsAsync(HttpContext context, string channel)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (Draw(faults.LatencyProbability))
        {
            state.Injected(new InjectedFault(channel, FaultKind.Latency, path, Now));
            await Task.Delay(faults.Latency, options.Time, context.RequestAborted).ConfigureAwait(false);
        }

        if (Draw(faults.TimeoutProbability))
        {
            state.Injected(new InjectedFault(channel, FaultKind.Timeout, path, Now));
            try
            {
                await Task.Delay(faults.TimeoutDelay, options.Time, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return true;
            }

            await WriteAsync(context, StatusCodes.Status504GatewayTimeout, Error("fake timeout")).ConfigureAwait(false);
            return true;
        }

        if (Draw(faults.ServerErrorProbability))
        {
            state.Injected(new InjectedFault(channel, FaultKind.ServerError, path, Now));
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Error("fake server error"))
                .ConfigureAwait(false);
            return true;
        }

        return false;
    }

    /// <summary>Whether a Shopify compare should be made stale now.</summary>
    public bool DrawStaleCompare() => Draw(faults.StaleCompareProbability);

    public void Throttled(HttpContext context, string channel, int status) =>
        state.Throttled(new ThrottleRecord(channel, context.Request.Path.Value ?? string.Empty, status, Now));

    public static async Task WriteAsync(
        HttpContext context, int status, JsonNode body, IReadOnlyDictionary<string, string>? headers = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }
        }

        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    public static JsonObject Error(string message) => new() { ["error"] = message };

    public static string Seconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a JSON body; null when it is not JSON.</summary>
    public static JsonNode? Json(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private bool Draw(double probability)
    {
        if (probability <= 0)
        {
            return false;
        }

        lock (_randomLock)
        {
            return _random.NextDouble() < probability;
        }
    }
}

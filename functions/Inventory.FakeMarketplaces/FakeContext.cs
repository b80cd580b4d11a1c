using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Inventory.FakeMarketplaces;

/// <summary>What every fake channel shares: options, state, fault draws, and the plumbing of reading and
/// answering.</summary>
internal sealed class FakeContext(FakeMarketplaceOptions options, FaultProfile faults, FakeMarketplaceState state)
{
    // Marks a call drawn for an applied timeout, for the answer to hang once the call has taken effect.
    private static readonly object AppliedTimeoutKey = new();

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

    /// <summary>
    /// Draws and applies the fault profile; true when the answer has been written already. An injected throttle is
    /// answered by <paramref name="throttle"/> with the channel's own throttling answer and the wait to ask for. An
    /// applied timeout lets the call go on and hangs its answer instead (see <see cref="WriteAsync"/>).
    /// </summary>
    public async Task<bool> InjectFaultsAsync(HttpContext context, string channel, Func<TimeSpan, Task> throttle)
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
            await HangAsync(context).ConfigureAwait(false);
            return true;
        }

        if (Draw(faults.ThrottleProbability))
        {
            state.Injected(new InjectedFault(channel, FaultKind.Throttle, path, Now));
            await throttle(faults.ThrottleWait).ConfigureAwait(false);
            return true;
        }

        if (Draw(faults.ServerErrorProbability))
        {
            state.Injected(new InjectedFault(channel, FaultKind.ServerError, path, Now));
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Error("fake server error"))
                .ConfigureAwait(false);
            return true;
        }

        if (Draw(faults.AppliedTimeoutProbability))
        {
            state.Injected(new InjectedFault(channel, FaultKind.AppliedTimeout, path, Now));
            context.Items[AppliedTimeoutKey] = this;
        }

        return false;
    }

    /// <summary>Whether a Shopify compare should be made stale now.</summary>
    public bool DrawStaleCompare() => Draw(faults.StaleCompareProbability);

    /// <summary>Records a call refused for really exceeding the rate limit (injected throttles are faults).</summary>
    public void Throttled(HttpContext context, string channel, int status) =>
        state.Throttled(new ThrottleRecord(channel, context.Request.Path.Value ?? string.Empty, status, Now));

    /// <summary>Writes the answer; for a call drawn for an applied timeout, hangs instead (the call took effect).
    /// </summary>
    public static async Task WriteAsync(
        HttpContext context, int status, JsonNode body, IReadOnlyDictionary<string, string>? headers = null)
    {
        if (context.Items.Remove(AppliedTimeoutKey, out var drawn) && drawn is FakeContext fakes)
        {
            await fakes.HangAsync(context).ConfigureAwait(false);
            return;
        }

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

    /// <summary>Hangs for the timeout delay or until the client gives up; then 504 if the client still waits.</summary>
    private async Task HangAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(faults.TimeoutDelay, options.Time, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Error("fake timeout").ToJsonString(), context.RequestAborted)
            .ConfigureAwait(false);
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

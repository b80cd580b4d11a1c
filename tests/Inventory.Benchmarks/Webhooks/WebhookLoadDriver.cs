using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inventory.Testing.Hosting;
using Inventory.Testing.Webhooks;

namespace Inventory.Benchmarks.Webhooks;

/// <summary>
/// Verified Shopify <c>orders/create</c> webhooks per second on the local host, run as its own process: K concurrent
/// connections post distinct signed orders spread over many SKUs for a fixed time, then the driver waits until the
/// inbox is empty (every accepted webhook applied). The same run measures <c>GET /api/health</c> at the same
/// concurrency as the bare cost of a request. Each run uses a fresh host and data directory; medians are reported.
/// Usage: <c>webhook-load [--runs 3] [--connections 64] [--seconds 15] [--warmup 3] [--skus 10000]</c>.
/// </summary>
internal static class WebhookLoadDriver
{
    private const string Secret = "load-test-shopify-secret";
    private const string Location = "WH-MAIN";

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Arg(args, "--runs", 3);
        var connections = Arg(args, "--connections", 64);
        var seconds = Arg(args, "--seconds", 15);
        var warmup = Arg(args, "--warmup", 3);
        var skus = Arg(args, "--skus", 10_000);
        var hostDll = LocalHostProcess.FindHostDll(AppContext.BaseDirectory);

        Console.WriteLine(
            FormattableString.Invariant($"Webhook load: {connections} connections, {warmup} s warm-up, {seconds} s measured, {skus} SKUs, ")
            + FormattableString.Invariant($"{Environment.ProcessorCount} cores, host {hostDll}"));
        var results = new List<RunResult>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await MeasureAsync(hostDll, connections, TimeSpan.FromSeconds(seconds),
                TimeSpan.FromSeconds(warmup), skus);
            results.Add(result);
            Console.WriteLine($"run {run}: {result}");
        }

        var median = new RunResult(
            Median(results, r => r.AcceptedPerSecond),
            Median(results, r => r.AppliedPerSecond),
            Median(results, r => r.WebhookP50),
            Median(results, r => r.WebhookP99),
            Median(results, r => r.BarePerSecond),
            Median(results, r => r.BareP50),
            Median(results, r => r.BareP99),
            results.Sum(r => r.Errors));
        Console.WriteLine();
        Console.WriteLine($"median of {runs}: {median}");
        Console.WriteLine(
            FormattableString.Invariant($"targets: applied >= 3000/s {Mark(median.AppliedPerSecond >= 3000)}, p99 < 50 ms ")
            + FormattableString.Invariant($"{Mark(median.WebhookP99 < 50)}, webhook/bare >= 0.5 {Mark(median.Ratio >= 0.5)}"));
        return 0;
    }

    private static async Task<RunResult> MeasureAsync(
        string hostDll, int connections, TimeSpan duration, TimeSpan warmup, int skus)
    {
        var directory = Path.Combine(Path.GetTempPath(), "inventory-bench", "webhooks-" + Guid.NewGuid().ToString("N"));
        var host = await LocalHostProcess.StartAsync(hostDll, directory,
            [$"--Channels:Shopify:WebhookSecret={Secret}", "--Logging:LogLevel:Default=Warning"],
            TimeSpan.FromSeconds(120));
        try
        {
            using var client = host.CreateClient(connections);
            await SeedAsync(client, connections, skus);

            var orders = new OrderSource(skus);
            await DriveAsync(connections, warmup, () => PostOrderAsync(client, orders));
            await WaitUntilAppliedAsync(client);

            var started = Stopwatch.GetTimestamp();
            var webhooks = await DriveAsync(connections, duration, () => PostOrderAsync(client, orders));
            await WaitUntilAppliedAsync(client);
            var applied = Stopwatch.GetElapsedTime(started);

            var bare = await DriveAsync(connections, duration, () => GetHealthAsync(client));
            return new RunResult(
                webhooks.Ok / webhooks.Elapsed.TotalSeconds,
                webhooks.Ok / applied.TotalSeconds,
                webhooks.Percentile(0.50),
                webhooks.Percentile(0.99),
                bare.Ok / bare.Elapsed.TotalSeconds,
                bare.Percentile(0.50),
                bare.Percentile(0.99),
                webhooks.Errors + bare.Errors);
        }
        finally
        {
            await host.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Opening stock on every SKU, so orders commit available units rather than overselling.</summary>
    private static async Task SeedAsync(HttpClient client, int connections, int skus)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < skus)
            {
                using var response = await client.PostAsJsonAsync(new Uri("/api/stock/adjustments", UriKind.Relative),
                    new { sku = OrderSource.Sku(i), location = Location, delta = 100_000, reason = "load test stock" });
                response.EnsureSuccessStatusCode();
            }
        })));
    }

    private static async Task<bool> PostOrderAsync(HttpClient client, OrderSource orders)
    {
        using var request = orders.Next().ToRequest();
        using var response = await client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task<bool> GetHealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        await response.Content.LoadIntoBufferAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Runs <paramref name="connections"/> request loops for <paramref name="duration"/>.</summary>
    private static async Task<Phase> DriveAsync(int connections, TimeSpan duration, Func<Task<bool>> send)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>(1 << 14);
            var errors = 0;
            while (clock.Elapsed < duration)
            {
                var sent = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await send();
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                if (ok)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                }
                else
                {
                    errors++;
                }
            }

            return (latencies, errors);
        })).ToArray();
        var done = await Task.WhenAll(workers);
        clock.Stop();
        var all = done.SelectMany(d => d.latencies).ToArray();
        Array.Sort(all);
        return new Phase(all, done.Sum(d => d.errors), clock.Elapsed);
    }

    private static async Task WaitUntilAppliedAsync(HttpClient client)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            var inbox = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/health/inbox", UriKind.Relative));
            if (inbox.GetProperty("pending").GetInt64() == 0)
            {
                if (inbox.GetProperty("deadLetters").GetInt64() != 0)
                {
                    throw new InvalidOperationException("Some webhooks were dead-lettered; the figures would be wrong.");
                }

                return;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The inbox did not drain within 5 minutes.");
    }

    private static string Mark(bool met) => met ? "met" : "MISSED";

    private static double Median(List<RunResult> results, Func<RunResult, double> of) =>
        results.Select(of).Order().ElementAt(results.Count / 2);

    private static int Arg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Distinct signed orders, each one line of one to three units of one of the SKUs in turn.</summary>
    private sealed class OrderSource(int skus)
    {
        private readonly long _base = DateTime.UtcNow.Ticks / 1000;
        private long _next;

        public static string Sku(int i) => string.Create(CultureInfo.InvariantCulture, $"LOAD-{i:D5}");

        public SignedDelivery Next()
        {
            var n = Interlocked.Increment(ref _next);
            var id = _base + n;
            var body = ShopifyPayloads.OrderCreated(id, id, Sku((int)(n % skus)), (int)(n % 3) + 1);
            return WebhookSigner.Shopify(Secret, "orders/create", body, webhookId: id.ToString(CultureInfo.InvariantCulture));
        }
    }

    private sealed record Phase(double[] Latencies, int Errors, TimeSpan Elapsed)
    {
        public int Ok => Latencies.Length;

        public double Percentile(double p) => Latencies.Length == 0 ? double.NaN
            : Latencies[Math.Min(Latencies.Length - 1, (int)(Latencies.Length * p))];
    }

    private sealed record RunResult(
        double AcceptedPerSecond,
        double AppliedPerSecond,
        double WebhookP50,
        double WebhookP99,
        double BarePerSecond,
        double BareP50,
        double BareP99,
        int Errors)
    {
        public double Ratio => AppliedPerSecond / BarePerSecond;

        public override string ToString() =>
            FormattableString.Invariant($"webhooks accepted {AcceptedPerSecond:F0}/s, applied {AppliedPerSecond:F0}/s, p50 {WebhookP50:F2} ms, ")
            + FormattableString.Invariant($"p99 {WebhookP99:F2} ms | bare GET /api/health {BarePerSecond:F0}/s, p50 {BareP50:F2} ms, ")
            + FormattableString.Invariant($"p99 {BareP99:F2} ms | applied/bare {Ratio:F2}, accepted/bare {AcceptedPerSecond / BarePerSecond:F2}")
            + (Errors > 0 ? $" | {Errors} non-200" : string.Empty);
    }
}

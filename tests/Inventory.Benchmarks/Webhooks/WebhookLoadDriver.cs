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
/// inbox is empty (every accepted webhook applied). The same run measures two bare routes at the same concurrency:
/// <c>GET /api/health</c> (the cheapest request) and the local host's <c>POST /api/health/bare</c>, which reads the
/// same signed order bodies and answers 200 doing nothing else (the HTTP floor for the webhook's request shape).
/// The three phases take turns in slices (five by default, each a fifth of the measured time), so a stretch in which
/// other work takes the cores slows all three alike instead of one phase: on a shared machine a phase measured in
/// one piece swung the ratios of one build from 0.23 to 0.58. Besides rates and latencies it reports the host
/// process's CPU time per request, which holds still when other work shares the cores and the rates swing. Each run
/// uses a fresh host and data directory; medians are reported.
/// The warm-up is 10 s by default because a profile of the host 3 s into the load still showed a quarter of its CPU
/// time in the JIT's tier-up compilations, which a long-running host no longer pays.
/// Usage: <c>webhook-load [--runs 3] [--connections 64] [--seconds 15] [--warmup 10] [--skus 10000]
/// [--slices 5]</c>; <c>--slices 1</c> measures each phase in one piece, for attaching a profiler to one of them.
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
        var warmup = Arg(args, "--warmup", 10);
        var skus = Arg(args, "--skus", 10_000);
        var slices = Math.Max(1, Arg(args, "--slices", 5));
        var hostDll = LocalHostProcess.FindHostDll(AppContext.BaseDirectory);

        Console.WriteLine(
            FormattableString.Invariant($"Webhook load: {connections} connections, {warmup} s warm-up, ")
            + FormattableString.Invariant($"{seconds} s measured per phase in {slices} slices, {skus} SKUs, ")
            + FormattableString.Invariant($"{Environment.ProcessorCount} cores, host {hostDll}"));
        var results = new List<RunResult>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await MeasureAsync(hostDll, connections, TimeSpan.FromSeconds(seconds),
                TimeSpan.FromSeconds(warmup), skus, slices);
            results.Add(result);
            Console.WriteLine($"run {run}: {result}");
        }

        var median = new RunResult(
            Median(results, r => r.AcceptedPerSecond),
            Median(results, r => r.AppliedPerSecond),
            Median(results, r => r.Webhooks.P50),
            Median(results, r => r.Webhooks.P99),
            Median(results, r => r.Webhooks.CpuMicroseconds),
            Median(results, r => r.Webhooks.ClientCpuMicroseconds),
            MedianPhase(results, r => r.BareGet),
            MedianPhase(results, r => r.BarePost),
            results.Sum(r => r.Errors));
        Console.WriteLine();
        Console.WriteLine($"median of {runs}: {median}");
        Console.WriteLine(
            FormattableString.Invariant($"targets: applied >= 3000/s {Mark(median.AppliedPerSecond >= 3000)}, p99 < 50 ms ")
            + FormattableString.Invariant($"{Mark(median.Webhooks.P99 < 50)}, applied/bare GET >= 0.5 ")
            + FormattableString.Invariant($"{Mark(median.GetRatio >= 0.5)} ({median.GetRatio:F2}), applied/bare POST ")
            + FormattableString.Invariant($">= 0.5 {Mark(median.PostRatio >= 0.5)} ({median.PostRatio:F2})"));
        return 0;
    }

    private static async Task<RunResult> MeasureAsync(
        string hostDll, int connections, TimeSpan duration, TimeSpan warmup, int skus, int slices)
    {
        var directory = Path.Combine(Path.GetTempPath(), "inventory-bench", "webhooks-" + Guid.NewGuid().ToString("N"));
        var host = await LocalHostProcess.StartAsync(hostDll, directory,
            [$"--Channels:Shopify:WebhookSecret={Secret}", "--Logging:LogLevel:Default=Warning"],
            TimeSpan.FromSeconds(120));
        try
        {
            using var hostProcess = Process.GetProcessById(host.ProcessId);
            using var client = host.CreateClient(connections);
            await SeedAsync(client, connections, skus);

            var orders = new OrderSource(skus);
            await DriveAsync(connections, warmup, () => PostOrderAsync(client, orders));
            await WaitUntilAppliedAsync(client);
            await DriveAsync(connections, warmup, () => PostBareAsync(client, orders));

            // The three phases take turns in short slices, so that a stretch of the run in which other work takes
            // the cores falls on all of them alike and the ratios hold still; each phase's figures add up its slices.
            // The CPU time of a webhook slice runs on until the inbox is empty: applying is part of the cost.
            var webhooks = new PhaseTotals();
            var bareGet = new PhaseTotals();
            var barePost = new PhaseTotals();
            var applied = TimeSpan.Zero;
            var slice = duration / slices;
            for (var i = 0; i < slices; i++)
            {
                Progress("webhooks", host.ProcessId);
                var cpu = CpuTime(hostProcess);
                var clientCpu = Environment.CpuUsage.TotalTime;
                var started = Stopwatch.GetTimestamp();
                var phase = await DriveAsync(connections, slice, () => PostOrderAsync(client, orders));
                var phaseClientCpu = Environment.CpuUsage.TotalTime - clientCpu;
                await WaitUntilAppliedAsync(client);
                applied += Stopwatch.GetElapsedTime(started);
                webhooks.Add(phase, CpuTime(hostProcess) - cpu, phaseClientCpu);

                Progress("bare GET", host.ProcessId);
                await MeasureSliceAsync(
                    bareGet, hostProcess, () => DriveAsync(connections, slice, () => GetHealthAsync(client)));

                Progress("bare POST", host.ProcessId);
                await MeasureSliceAsync(
                    barePost, hostProcess, () => DriveAsync(connections, slice, () => PostBareAsync(client, orders)));
            }

            var webhookFigures = webhooks.Figures();
            return new RunResult(
                webhookFigures.PerSecond,
                webhooks.Ok / applied.TotalSeconds,
                webhookFigures.P50,
                webhookFigures.P99,
                webhookFigures.CpuMicroseconds,
                webhookFigures.ClientCpuMicroseconds,
                bareGet.Figures(),
                barePost.Figures(),
                webhooks.Errors + bareGet.Errors + barePost.Errors);
        }
        finally
        {
            await host.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task MeasureSliceAsync(PhaseTotals totals, Process hostProcess, Func<Task<Phase>> drive)
    {
        var cpu = CpuTime(hostProcess);
        var clientCpu = Environment.CpuUsage.TotalTime;
        var phase = await drive();
        var phaseClientCpu = Environment.CpuUsage.TotalTime - clientCpu;
        totals.Add(phase, CpuTime(hostProcess) - cpu, phaseClientCpu);
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

    /// <summary>The same signed order, headers and body, to the route that only reads the body.</summary>
    private static async Task<bool> PostBareAsync(HttpClient client, OrderSource orders)
    {
        using var request = orders.Next().ToRequest();
        request.RequestUri = new Uri("/api/health/bare", UriKind.Relative);
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

    // On standard error, so a profiler can be attached to the host for one phase (docs/benchmarks.md says how).
    private static void Progress(string phase, int processId) =>
        Console.Error.WriteLine(FormattableString.Invariant(
            $"{DateTime.UtcNow:HH:mm:ss} measuring {phase} (host process {processId})"));

    private static TimeSpan CpuTime(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static double Microseconds(TimeSpan cpu, int requests) =>
        requests == 0 ? double.NaN : cpu.TotalMicroseconds / requests;

    private static string Mark(bool met) => met ? "met" : "MISSED";

    private static double Median(List<RunResult> results, Func<RunResult, double> of) =>
        results.Select(of).Order().ElementAt(results.Count / 2);

    private static PhaseFigures MedianPhase(List<RunResult> results, Func<RunResult, PhaseFigures> of) => new(
        Median(results, r => of(r).PerSecond),
        Median(results, r => of(r).P50),
        Median(results, r => of(r).P99),
        Median(results, r => of(r).CpuMicroseconds),
        Median(results, r => of(r).ClientCpuMicroseconds));

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

    /// <summary>One phase's slices added up: all their latencies, errors, time and CPU time.</summary>
    private sealed class PhaseTotals
    {
        private readonly List<double[]> _latencies = [];
        private TimeSpan _elapsed;
        private TimeSpan _cpu;
        private TimeSpan _clientCpu;

        public int Ok { get; private set; }

        public int Errors { get; private set; }

        public void Add(Phase phase, TimeSpan cpu, TimeSpan clientCpu)
        {
            _latencies.Add(phase.Latencies);
            Ok += phase.Ok;
            Errors += phase.Errors;
            _elapsed += phase.Elapsed;
            _cpu += cpu;
            _clientCpu += clientCpu;
        }

        public PhaseFigures Figures()
        {
            var all = _latencies.SelectMany(l => l).ToArray();
            Array.Sort(all);
            return PhaseFigures.Of(new Phase(all, Errors, _elapsed), _cpu, _clientCpu);
        }
    }

    private sealed record Phase(double[] Latencies, int Errors, TimeSpan Elapsed)
    {
        public int Ok => Latencies.Length;

        public double Percentile(double p) => Latencies.Length == 0 ? double.NaN
            : Latencies[Math.Min(Latencies.Length - 1, (int)(Latencies.Length * p))];
    }

    /// <summary>
    /// Rate, latency, and the CPU time per request of one phase: the host's, and the load client's own (this process,
    /// on the same cores), which bounds how fast the cheapest route can go.
    /// </summary>
    private sealed record PhaseFigures(
        double PerSecond, double P50, double P99, double CpuMicroseconds, double ClientCpuMicroseconds)
    {
        public static PhaseFigures Of(Phase phase, TimeSpan cpu, TimeSpan clientCpu) => new(
            phase.Ok / phase.Elapsed.TotalSeconds, phase.Percentile(0.50), phase.Percentile(0.99),
            Microseconds(cpu, phase.Ok), Microseconds(clientCpu, phase.Ok));

        public override string ToString() =>
            FormattableString.Invariant($"{PerSecond:F0}/s, p50 {P50:F2} ms, p99 {P99:F2} ms, ")
            + FormattableString.Invariant($"{CpuMicroseconds:F0} CPU-us/req (client {ClientCpuMicroseconds:F0})");
    }

    private sealed record RunResult(
        double AcceptedPerSecond,
        double AppliedPerSecond,
        double WebhookP50,
        double WebhookP99,
        double WebhookCpuMicroseconds,
        double WebhookClientCpuMicroseconds,
        PhaseFigures BareGet,
        PhaseFigures BarePost,
        int Errors)
    {
        public PhaseFigures Webhooks => new(
            AppliedPerSecond, WebhookP50, WebhookP99, WebhookCpuMicroseconds, WebhookClientCpuMicroseconds);

        public double GetRatio => AppliedPerSecond / BareGet.PerSecond;

        public double PostRatio => AppliedPerSecond / BarePost.PerSecond;

        public override string ToString() =>
            FormattableString.Invariant($"webhooks accepted {AcceptedPerSecond:F0}/s, applied {Webhooks}")
            + $" | bare GET /api/health {BareGet} | bare POST /api/health/bare {BarePost}"
            + FormattableString.Invariant($" | applied/bare GET {GetRatio:F2}, applied/bare POST {PostRatio:F2}")
            + (Errors > 0 ? $" | {Errors} non-200" : string.Empty);
    }
}

using System.Globalization;

namespace Inventory.Benchmarks.Sync;

/// <summary>
/// Channel sync on the local host over the five fake marketplaces (<c>--fake-channels</c>), each run on a fresh host
/// process and data directory. <c>latency</c>: signed orders at a steady rate over a few SKUs, and the time from each
/// order's 200 to all five channels acknowledging it. <c>burst</c>: many orders on one SKU in a short time, and each
/// channel's pushes and throttles beside what its limit allows. Medians over <c>--runs</c>.
/// Usage: <c>sync-load [latency|burst|both] [--runs 3] [--rate 200] [--seconds 30] [--warmup 5] [--skus 4]
/// [--orders 1000] [--within 10] [--Embedded:...=value] [--Channels:...=value]</c>.
/// </summary>
internal static class SyncLoadDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new DriverArgs(args);
        var scenario = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "both";
        var runs = options.Int("--runs", 3);
        var settings = options.HostSettings();
        Console.WriteLine(Invariant($"Channel sync over the fakes: {runs} runs, {Environment.ProcessorCount} cores, ")
            + $"host settings [{string.Join(' ', settings)}]");

        var met = true;
        if (scenario is "latency" or "both")
        {
            met &= await LatencyAsync(options, settings, runs);
        }

        if (scenario is "burst" or "both")
        {
            met &= await BurstAsync(options, settings, runs);
        }

        if (scenario is not ("latency" or "burst" or "both"))
        {
            Console.Error.WriteLine($"Unknown scenario '{scenario}': use latency, burst or both.");
            return 2;
        }

        return met ? 0 : 1;
    }

    private static async Task<bool> LatencyAsync(DriverArgs options, IReadOnlyList<string> settings, int runs)
    {
        var rate = options.Double("--rate", 200);
        var seconds = options.Int("--seconds", 30);
        var warmup = options.Int("--warmup", 5);
        var skus = options.Int("--skus", 4);
        Console.WriteLine();
        Console.WriteLine(Invariant($"latency: {rate} orders/s for {seconds} s ({warmup} s warm-up) over {skus} SKUs"));
        var results = new List<LatencyResult>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await LatencyScenario.RunAsync(settings, rate, TimeSpan.FromSeconds(seconds),
                TimeSpan.FromSeconds(warmup), skus);
            results.Add(result);
            Console.WriteLine(Invariant($"run {run}: ") + result.Table());
        }

        var median = LatencyResult.Median(results);
        var met = median.AllFive.P99 < 1000 && median.NeverAcknowledged == 0 && median.Settled
            && results.All(r => r.Accepted == r.Planned);
        Console.WriteLine();
        Console.WriteLine(Invariant($"latency, median of {runs}: ") + median.Table());
        Console.WriteLine(Invariant($"target: all five p99 < 1000 ms, none unacknowledged: {Mark(met)}"));
        return met;
    }

    private static async Task<bool> BurstAsync(DriverArgs options, IReadOnlyList<string> settings, int runs)
    {
        var orders = options.Int("--orders", 1000);
        var within = options.Double("--within", 10);
        Console.WriteLine();
        Console.WriteLine(Invariant($"burst: {orders} orders of one unit on one SKU within {within} s"));
        var results = new List<BurstResult>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await BurstScenario.RunAsync(settings, orders, TimeSpan.FromSeconds(within));
            results.Add(result);
            Console.WriteLine(Invariant($"run {run}: ") + result.Table());
        }

        var median = BurstResult.Median(results);
        Console.WriteLine();
        Console.WriteLine(Invariant($"burst, median of {runs} (throttled: sum): ") + median.Table());
        Console.WriteLine("target: zero throttled, pushes within what the limit allows, final quantity = target: "
            + Mark(median.Met && results.All(r => r.Met)));
        return median.Met;
    }

    private static string Mark(bool met) => met ? "met" : "MISSED";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

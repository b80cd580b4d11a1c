using System.Diagnostics;
using System.Globalization;
using Inventory.Core.Stock;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Benchmarks.Stock;

/// <summary>
/// Durable movements per second on the SQLite store: many SKUs spread over concurrent callers, and one hot SKU
/// hammered by 32 writers. Each scenario runs several times on a fresh database; the median is reported.
/// Usage: <c>store-load [--runs 5] [--movements 100000] [--skus 10000] [--callers 64] [--hot-writers 32]</c>.
/// </summary>
internal static class StockStoreLoadDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Arg(args, "--runs", 5);
        var movements = Arg(args, "--movements", 100_000);
        var skus = Arg(args, "--skus", 10_000);
        var callers = Arg(args, "--callers", 64);
        var hotWriters = Arg(args, "--hot-writers", 32);

        Console.WriteLine($"SQLite stock store, synchronous=FULL (every commit flushed), {Environment.ProcessorCount} cores");
        var spread = new List<Result>();
        var hot = new List<Result>();
        for (var run = 0; run < runs; run++)
        {
            spread.Add(await MeasureAsync(movements, callers, i => $"SKU-{i % skus:D5}"));
            hot.Add(await MeasureAsync(movements / 4, hotWriters, _ => "HOT-SKU"));
            Console.WriteLine($"run {run + 1}: spread {spread[^1]}; hot {hot[^1]}");
        }

        var spreadMedian = Median(spread);
        var hotMedian = Median(hot);
        Console.WriteLine();
        Console.WriteLine($"spread over {skus} SKUs, {callers} callers: median {spreadMedian}");
        Console.WriteLine($"one hot SKU, {hotWriters} writers:        median {hotMedian}");
        Console.WriteLine(FormattableString.Invariant(
            $"hot / spread throughput ratio: {hotMedian.PerSecond / spreadMedian.PerSecond:F2}"));
        return 0;
    }

    private static async Task<Result> MeasureAsync(int total, int callers, Func<int, string> skuOf)
    {
        var directory = Path.Combine(Path.GetTempPath(), "inventory-bench", Guid.NewGuid().ToString("N"));
        var store = new SqliteStockStore(
            Options.Create(new SqliteStoreOptions { DataDirectory = directory }),
            TimeProvider.System,
            NullLogger<SqliteStockStore>.Instance);
        try
        {
            var next = -1;
            var latencies = new double[total];
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < total)
                {
                    var started = Stopwatch.GetTimestamp();
                    var outcome = await store.ApplyAsync(Movement(i, skuOf(i)));
                    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (outcome.Status != ApplyStatus.Applied)
                    {
                        throw new InvalidOperationException($"Movement {i} was {outcome.Status}.");
                    }
                }
            })).ToArray();
            await Task.WhenAll(workers);
            clock.Stop();

            Array.Sort(latencies);
            return new Result(
                total / clock.Elapsed.TotalSeconds,
                latencies[total / 2],
                latencies[(int)(total * 0.99)]);
        }
        finally
        {
            await store.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Movement Movement(int i, string sku) => new()
    {
        Id = $"load-{i}",
        Kind = i % 3 == 2 ? MovementKind.OrderLineCommitted : MovementKind.Adjustment,
        Sku = sku,
        Location = "WH-1",
        Quantity = 1,
        Reason = "load test",
        Source = new MovementSource("load", i.ToString(CultureInfo.InvariantCulture)),
        OccurredAt = DateTimeOffset.UnixEpoch,
    };

    private static Result Median(List<Result> results) =>
        results.OrderBy(r => r.PerSecond).ElementAt(results.Count / 2);

    private static int Arg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed record Result(double PerSecond, double P50Milliseconds, double P99Milliseconds)
    {
        public override string ToString() => FormattableString.Invariant(
            $"{PerSecond,8:F0} movements/s, p50 {P50Milliseconds:F2} ms, p99 {P99Milliseconds:F2} ms");
    }
}

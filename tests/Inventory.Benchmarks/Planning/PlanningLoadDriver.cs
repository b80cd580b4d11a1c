using System.Diagnostics;
using System.Globalization;
using Inventory.Core.Planning;
using Inventory.Core.Stock;
using Inventory.Embedded.Planning;
using Inventory.Embedded.Planning.Synthetic;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Benchmarks.Planning;

/// <summary>
/// Nightly planning at benchmark scale. Two steps, run as two processes so the measured one's peak memory is its own:
/// <c>planning-load setup [--skus 100000] [--locations 3] [--days 365] [--dir PATH]</c> writes the daily facts
/// directly (no CSV) and one day of ledger for the day after them; <c>planning-load run [--runs 3] [--dir PATH]</c>
/// times both reports (Parquet and CSV written) and the one-day roll-up, and prints medians, peak working set and GC
/// figures.
/// </summary>
internal static class PlanningLoadDriver
{
    private static readonly DateOnly LastDay = new(2026, 11, 30);

    public static async Task<int> RunAsync(string[] args)
    {
        var step = args.FirstOrDefault() ?? "run";
        var dir = Text(args, "--dir", Path.Combine(Path.GetTempPath(), "inventory-planning-bench"));
        return step switch
        {
            "setup" => await SetupAsync(dir, Arg(args, "--skus", 100_000), Arg(args, "--locations", 3), Arg(args, "--days", 365)),
            "run" => await MeasureAsync(dir, Arg(args, "--runs", 3)),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: planning-load setup [--skus N] [--locations L] [--days D] [--dir PATH] | planning-load run [--runs R] [--dir PATH]");
        return 2;
    }

    private static async Task<int> SetupAsync(string dir, int skus, int locations, int days)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        var clock = Stopwatch.StartNew();
        var store = StoreOptions(dir);
        var options = new SyntheticHistoryOptions
        {
            Skus = skus, Locations = locations, Days = days, Seed = 42, LastDay = LastDay,

            // Revenue scaled to the catalog, so a 100,000-SKU seller sells about 50,000 units a day.
            TopSkuRevenuePerDay = 200.0 * skus / 100.0,
        };
        var progress = new ConsoleProgress();
        var summary = await SyntheticFactWriter.WriteAsync(
            new SqliteCatalogStore(Options.Create(store)),
            new FileDailyFactStore(Options.Create(new PlanningExportOptions { Directory = FactsDir(dir), WriteCsv = false })),
            options, TimeProvider.System, progress);
        Console.WriteLine(FormattableString.Invariant(
            $"daily facts: {skus} SKUs x {locations} locations x {days} days ({summary.FirstDay:yyyy-MM-dd} to {summary.LastDay:yyyy-MM-dd}) in {clock.Elapsed.TotalSeconds:F0} s"));

        clock.Restart();
        var movements = await WriteLedgerDayAsync(store, skus, locations);
        Console.WriteLine(FormattableString.Invariant(
            $"ledger for {LastDay.AddDays(1):yyyy-MM-dd}: {movements} movements in {clock.Elapsed.TotalSeconds:F0} s"));
        return 0;
    }

    // One day of movements for the day after the facts: each SKU x location that sells that day receives what it
    // sells and ships it, order line by order line, with the demand of the synthetic model.
    private static async Task<long> WriteLedgerDayAsync(SqliteStoreOptions options, int skus, int locations)
    {
        var day = LastDay.AddDays(1);
        var synthetic = new SyntheticClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        var store = new SqliteStockStore(Options.Create(options), synthetic, NullLogger<SqliteStockStore>.Instance);
        await using var _ = store;
        var random = new Random(7);
        var batch = new List<Movement>();
        long total = 0;
        var id = 0L;
        string[] channels = ["shopify", "amazon", "walmart"];
        string[] names = ["WH-EAST", "WH-WEST", "WH-CENTRAL"];
        for (var s = 0; s < skus; s++)
        {
            var sku = string.Create(CultureInfo.InvariantCulture, $"SKU-{s + 1:D6}");

            // The same Zipf shape as the history: 1 / rank, ranks shuffled by the seed.
            var rate = 0.5 * skus / ((s * 7919L % skus) + 1) / 20.0;
            for (var l = 0; l < locations; l++)
            {
                var lines = Enumerable.Range(0, channels.Length).Select(c => (c, n: Poisson(random, rate / locations / 3))).Where(x => x.n > 0).ToArray();
                var units = lines.Sum(x => x.n);
                if (units == 0)
                {
                    continue;
                }

                Movement M(MovementKind kind, int quantity, string channel, decimal? cost = null) => new()
                {
                    Id = $"bench-{++id}", Kind = kind, Sku = sku, Location = names[l], Quantity = quantity,
                    UnitCost = cost, Source = new MovementSource(channel), OccurredAt = synthetic.GetUtcNow(),
                    Reference = $"REF-{id}",
                };
                batch.Add(M(MovementKind.PurchaseOrderPlaced, units, "operations"));
                batch.Add(M(MovementKind.PurchaseOrderReceived, units, "operations", 5m));
                foreach (var (c, n) in lines)
                {
                    for (var k = 0; k < n; k++)
                    {
                        batch.Add(M(MovementKind.OrderLineCommitted, 1, channels[c]));
                        batch.Add(M(MovementKind.OrderLineShipped, 1, channels[c]));
                    }
                }
            }

            if (batch.Count > 20_000 || s == skus - 1)
            {
                // Positions are independent, so a chunk is applied concurrently; within a position the order holds
                // because the store's single writer applies queued movements in the order they were queued.
                await Task.WhenAll(batch.Select(m => store.ApplyAsync(m)));
                total += batch.Count;
                batch.Clear();
            }
        }

        return total;
    }

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit && count < 1000)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    private static async Task<int> MeasureAsync(string dir, int runs)
    {
        var store = StoreOptions(dir);
        var facts = new FileDailyFactStore(Options.Create(new PlanningExportOptions { Directory = FactsDir(dir), WriteCsv = false }));
        var sink = new FileReportSink(Options.Create(new PlanningExportOptions { Directory = Path.Combine(dir, "reports"), WriteCsv = true }));
        var catalog = new SqliteCatalogStore(Options.Create(store));
        var planning = new NightlyPlanningRun(
            catalog, facts, sink, Options.Create(new PlanningOptions()), TimeProvider.System,
            NullLogger<NightlyPlanningRun>.Instance);
        var rollupFacts = new FileDailyFactStore(Options.Create(new PlanningExportOptions { Directory = FactsDir(dir), WriteCsv = true }));
        var rollup = new NightlyRollup(
            new SqlitePlanningLedgerReader(Options.Create(store)), rollupFacts, TimeProvider.System,
            NullLogger<NightlyRollup>.Instance);

        Console.WriteLine($"{Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}, window 90 days");
        var planTimes = new List<double>();
        var rollupTimes = new List<double>();
        var planCpu = new List<double>();
        var rollupCpu = new List<double>();
        var process = Process.GetCurrentProcess();
        PlanningRunSummary? last = null;
        RollupSummary? lastRollup = null;
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Cpu(process);
            last = await planning.RunAsync(LastDay);
            planTimes.Add(clock.Elapsed.TotalSeconds);
            planCpu.Add(Cpu(process) - cpu);

            clock.Restart();
            cpu = Cpu(process);
            lastRollup = await rollup.RunAsync(LastDay.AddDays(1));
            rollupTimes.Add(clock.Elapsed.TotalSeconds);
            rollupCpu.Add(Cpu(process) - cpu);
            process.Refresh();
            Console.WriteLine(FormattableString.Invariant(
                $"run {run + 1}: reports {planTimes[^1]:F1} s (cpu {planCpu[^1]:F1} s), roll-up {rollupTimes[^1]:F1} s (cpu {rollupCpu[^1]:F1} s), peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB, load average {LoadAverage()}"));
        }

        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"reports: median {Median(planTimes):F1} s wall, {Median(planCpu):F1} s cpu, for {last!.Positions} SKU x locations, {last.OrdersSuggested} orders suggested, {last.KpiRows} KPI rows ({last.KpisFlagged} flagged)"));
        Console.WriteLine(FormattableString.Invariant(
            $"roll-up: median {Median(rollupTimes):F1} s wall, {Median(rollupCpu):F1} s cpu, for {lastRollup!.LedgerEntries} ledger entries -> {lastRollup.DemandRows} demand + {lastRollup.PositionRows} position rows"));
        process.Refresh();
        Console.WriteLine(FormattableString.Invariant(
            $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB; GC heap peak {gc.HeapSizeBytes / 1048576.0:F0} MiB at last GC; allocated {GC.GetTotalAllocatedBytes() / 1073741824.0:F1} GiB; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; pause {GC.GetTotalPauseDuration().TotalSeconds:F2} s"));
        return 0;
    }

    private static double Cpu(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalSeconds;
    }

    // Other work on the machine inflates wall-clock figures; the 1-minute load average says how much there was.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static SqliteStoreOptions StoreOptions(string dir) => new() { DataDirectory = dir, FlushEveryCommit = false };

    private static string FactsDir(string dir) => Path.Combine(dir, "facts");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Text(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private sealed class ConsoleProgress : IProgress<PlanningProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public void Report(PlanningProgress value)
        {
            if (value.Done % 30 == 0 || value.Done == value.Total)
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"  {value.Stage}: {value.Done}/{value.Total} ({_clock.Elapsed.TotalSeconds:F0} s)"));
            }
        }
    }
}

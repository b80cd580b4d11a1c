using System.Globalization;
using System.Text.Json;
using Inventory.Core.Planning;
using Inventory.Core.Serialization;
using Inventory.Embedded.Planning;
using Inventory.Embedded.Planning.Synthetic;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Local;

/// <summary>
/// The nightly planning use cases run on demand against the embedded store: <c>generate</c> fills a fresh data
/// directory with a synthetic history, <c>report</c> rolls up any day not yet rolled up and writes the reorder and
/// KPI reports, with the daily facts of the window, as the Power BI star schema.
/// </summary>
internal static class PlanningCommands
{
    private const string EventsFile = "planning-events.json";

    public static async Task<int> GenerateAsync(CommandOptions options, TimeProvider time)
    {
        var store = StoreOptions(options);
        if (File.Exists(store.DatabasePath))
        {
            await Console.Error.WriteLineAsync(
                $"generate needs a fresh data directory, but {store.DatabasePath} exists. Pass --data-dir with a new "
                + "folder, or delete that one.").ConfigureAwait(false);
            return 2;
        }

        var synthetic = new SyntheticHistoryOptions
        {
            Skus = options.Int("--skus", 500),
            Days = options.Int("--days", 120),
            Seed = options.Int("--seed", 1),
            Locations = options.Int("--locations", 2),
        };
        if (options.Get("--last-day") is { } lastDay)
        {
            synthetic.LastDay = DateOnly.Parse(lastDay, CultureInfo.InvariantCulture);
        }

        Console.WriteLine($"Generating {synthetic.Skus} SKUs x {synthetic.Days} days (seed {synthetic.Seed}) into "
            + $"{store.DataDirectory}");
        var summary = await SyntheticHistoryGenerator.GenerateAsync(
            store, Exports(store), synthetic, time, progress: new ConsoleProgress()).ConfigureAwait(false);
        Console.WriteLine();

        await File.WriteAllTextAsync(Path.Combine(store.DataDirectory, EventsFile),
            JsonSerializer.Serialize(summary.Events, InventoryJson.Options)).ConfigureAwait(false);
        Console.WriteLine($"Done: {summary.Movements} movements ({summary.Refused} refused) from {summary.FirstDay:yyyy-MM-dd} to "
            + $"{summary.LastDay:yyyy-MM-dd}, {summary.Events.Count} promotions. Next:");
        Console.WriteLine($"  dotnet run --project functions/Inventory.Local -- report --as-of {summary.LastDay:yyyy-MM-dd} "
            + $"--out ./reports --data-dir {store.DataDirectory}");
        return 0;
    }

    public static async Task<int> ReportAsync(CommandOptions options, TimeProvider time)
    {
        if (options.Get("--as-of") is not { } asOfText
            || !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var asOf))
        {
            await Console.Error.WriteLineAsync("report needs --as-of YYYY-MM-DD.").ConfigureAwait(false);
            return 2;
        }

        var output = Path.GetFullPath(options.Get("--out") ?? "reports");
        var store = StoreOptions(options);
        var exports = Exports(store);
        var planning = await PlanningOptionsAsync(store).ConfigureAwait(false);
        var facts = new FileDailyFactStore(Options.Create(exports));

        var rollup = new NightlyRollup(new SqlitePlanningLedgerReader(Options.Create(store)), facts, time,
            NullLogger<NightlyRollup>.Instance);
        var window = Enumerable.Range(0, planning.HistoryWindowDays).Select(d => asOf.AddDays(-d)).Reverse().ToList();
        var rolled = 0;
        foreach (var day in window)
        {
            if (!await facts.HasDayAsync(day).ConfigureAwait(false))
            {
                await rollup.RunAsync(day).ConfigureAwait(false);
                rolled++;
            }
        }

        var sink = new FileReportSink(Options.Create(new PlanningExportOptions { Directory = output }));
        var run = new NightlyPlanningRun(new SqliteCatalogStore(Options.Create(store)), facts, sink,
            Options.Create(planning), time, NullLogger<NightlyPlanningRun>.Instance);
        var summary = await run.RunAsync(asOf, new ConsoleProgress()).ConfigureAwait(false);
        Console.WriteLine();

        CopyFacts(exports, output, window);
        Console.WriteLine($"Rolled up {rolled} days; reorder report: {summary.Positions} SKU x locations, "
            + $"{summary.OrdersSuggested} orders suggested, {summary.BelowSafetyStock} below safety stock; KPI report: "
            + $"{summary.KpiRows} rows, {summary.KpisFlagged} outside their healthy range. Files in {output}");
        return 0;
    }

    private static SqliteStoreOptions StoreOptions(CommandOptions options) => new()
    {
        DataDirectory = Path.GetFullPath(options.Get("--data-dir") ?? ".inventory"),
    };

    private static PlanningExportOptions Exports(SqliteStoreOptions store) =>
        new() { Directory = Path.Combine(store.DataDirectory, "exports") };

    private static async Task<PlanningOptions> PlanningOptionsAsync(SqliteStoreOptions store)
    {
        var planning = new PlanningOptions();
        var events = Path.Combine(store.DataDirectory, EventsFile);
        if (File.Exists(events))
        {
            var json = await File.ReadAllTextAsync(events).ConfigureAwait(false);
            foreach (var known in JsonSerializer.Deserialize<List<ChannelEvent>>(json, InventoryJson.Options) ?? [])
            {
                planning.Events.Add(known);
            }
        }

        return planning;
    }

    // The Power BI folder holds the daily facts of the window beside the reports, as the Function App's export does.
    private static void CopyFacts(PlanningExportOptions exports, string output, List<DateOnly> window)
    {
        foreach (var day in window)
        {
            var source = exports.DayDirectory(day);
            if (!Directory.Exists(source))
            {
                continue;
            }

            var target = Path.Combine(output, Path.GetFileName(source));
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    private sealed class ConsoleProgress : IProgress<PlanningProgress>
    {
        private string? _stage;

        public void Report(PlanningProgress value)
        {
            if (value.Stage != _stage && _stage is not null)
            {
                Console.WriteLine();
            }

            _stage = value.Stage;
            var percent = value.Total > 0 ? 100.0 * value.Done / value.Total : 100;
            Console.Write(FormattableString.Invariant($"\r{value.Stage}: {value.Done}/{value.Total} ({percent:F0}%)   "));
        }
    }
}

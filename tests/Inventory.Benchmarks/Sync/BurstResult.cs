using System.Globalization;
using System.Text;

namespace Inventory.Benchmarks.Sync;

/// <summary>One burst run: orders accepted, the time they took, and each channel's pushes and throttles.</summary>
internal sealed record BurstResult(
    int Accepted,
    int Sent,
    double BurstSeconds,
    int Target,
    IReadOnlyList<BurstChannel> Channels,
    bool Settled,
    double LoadBefore,
    double LoadAfter)
{
    public static BurstResult From(
        FakeRecords records,
        DateTimeOffset started,
        DateTimeOffset sent,
        int accepted,
        int orders,
        int target,
        bool settled,
        double loadBefore)
    {
        var burst = sent - started;
        var channels = LatencyResult.Channels.Select(channel =>
        {
            var pushes = records.Pushes.Where(p => p.Channel == channel && p.At >= started).OrderBy(p => p.At)
                .ToArray();
            var throttled = records.Throttles.Count(t => t.Channel == channel && t.At >= started);
            var limit = records.Limits.Single(l => l.Channel == channel);
            var last = pushes.Length > 0 ? pushes[^1].At : sent;
            return new BurstChannel(
                channel,
                pushes.Length,
                throttled,
                limit.AllowedIn(burst),
                limit.AllowedIn(last - started),
                (last - sent).TotalMilliseconds,
                pushes.Length > 0 ? pushes[^1].Quantity : null);
        }).ToArray();
        return new BurstResult(accepted, orders, burst.TotalSeconds, target, channels, settled, loadBefore,
            LoadAverage.Read());
    }

    public static BurstResult Median(IReadOnlyList<BurstResult> runs)
    {
        var first = runs[0];
        var channels = first.Channels.Select((c, i) => new BurstChannel(
            c.Channel,
            MedianOf(runs, r => r.Channels[i].Pushes),
            runs.Sum(r => r.Channels[i].Throttled),
            MedianOf(runs, r => r.Channels[i].AllowedInBurst),
            MedianOf(runs, r => r.Channels[i].AllowedToSettle),
            MedianOf(runs, r => r.Channels[i].SettledAfterMs),
            runs.All(r => r.Channels[i].FinalQuantity == r.Target) ? first.Target : null)).ToArray();
        return new BurstResult(
            MedianOf(runs, r => r.Accepted),
            first.Sent,
            MedianOf(runs, r => r.BurstSeconds),
            first.Target,
            channels,
            runs.All(r => r.Settled),
            MedianOf(runs, r => r.LoadBefore),
            MedianOf(runs, r => r.LoadAfter));
    }

    /// <summary>Every channel took the final quantity, with no throttled call and no more pushes than allowed.
    /// </summary>
    public bool Met => Settled && Channels.All(c =>
        c.Throttled == 0 && c.FinalQuantity == Target && c.Pushes <= Math.Floor(c.AllowedToSettle));

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"orders accepted {Accepted} of {Sent} in {BurstSeconds:F1} s, target {Target}, ")
            + Invariant($"settled {(Settled ? "yes" : "NO")}, load average {LoadBefore:F2} -> {LoadAfter:F2}"));
        text.AppendLine("| channel | pushes | throttled | allowed in burst | allowed until settled | "
            + "settled after last order ms | final quantity |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var c in Channels)
        {
            text.AppendLine(Invariant($"| {c.Channel} | {c.Pushes} | {c.Throttled} | {c.AllowedInBurst:F0} | ")
                + Invariant($"{c.AllowedToSettle:F0} | {c.SettledAfterMs:F0} | ")
                + (c.FinalQuantity is { } q ? Invariant($"{q}{(q == Target ? string.Empty : " MISMATCH")} |")
                    : "MISMATCH |"));
        }

        return text.ToString().TrimEnd();
    }

    private static T MedianOf<T>(IReadOnlyList<BurstResult> runs, Func<BurstResult, T> of) =>
        runs.Select(of).Order().ElementAt(runs.Count / 2);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

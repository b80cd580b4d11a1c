using System.Globalization;
using System.Text;

namespace Inventory.Benchmarks.Sync;

/// <summary>One latency run: orders sent and accepted, and per channel and for all five, the acknowledgement latency.
/// </summary>
internal sealed record LatencyResult(
    int Planned,
    int Accepted,
    int Refused,
    double AcceptedPerSecond,
    double LateP99Ms,
    IReadOnlyDictionary<string, Latencies> ByChannel,
    IReadOnlyDictionary<string, int> Throttled,
    Latencies AllFive,
    int NeverAcknowledged,
    bool Settled,
    double LoadBefore,
    double LoadAfter)
{
    public static readonly string[] Channels = ["shopify", "amazon", "walmart", "ebay", "tiktok"];

    public static LatencyResult From(
        IReadOnlyList<SentOrder> orders,
        int planned,
        FakeRecords records,
        bool settled,
        TimeSpan duration,
        double loadBefore)
    {
        var accepted = orders.Where(o => o.Accepted).ToArray();
        var from = orders.Count > 0 ? orders.Min(o => o.SentAt) : DateTimeOffset.MinValue;
        var pushes = records.Pushes
            .GroupBy(p => (p.Channel, p.Sku))
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.At).ToArray());
        var perChannel = Channels.ToDictionary(c => c, _ => new List<double>(accepted.Length), StringComparer.Ordinal);
        var allFive = new List<double>(accepted.Length);
        var never = 0;
        foreach (var sku in accepted.GroupBy(o => o.Sku))
        {
            var inOrder = sku.OrderBy(o => o.AcceptedAt).ToArray();
            var acks = Channels.Select(c => AcknowledgementsOf(inOrder,
                pushes.GetValueOrDefault((c, sku.Key)) ?? [])).ToArray();
            for (var k = 0; k < inOrder.Length; k++)
            {
                var latest = TimeSpan.Zero;
                var complete = true;
                for (var c = 0; c < Channels.Length; c++)
                {
                    if (acks[c][k] is not { } at)
                    {
                        complete = false;
                        continue;
                    }

                    var latency = at - inOrder[k].AcceptedAt;
                    latency = latency < TimeSpan.Zero ? TimeSpan.Zero : latency;
                    perChannel[Channels[c]].Add(latency.TotalMilliseconds);
                    latest = latency > latest ? latency : latest;
                }

                if (complete)
                {
                    allFive.Add(latest.TotalMilliseconds);
                }
                else
                {
                    never++;
                }
            }
        }

        var late = orders.Select(o => o.Late.TotalMilliseconds).Order().ToArray();
        return new LatencyResult(
            planned,
            accepted.Length,
            orders.Count - accepted.Length,
            accepted.Length / duration.TotalSeconds,
            Latencies.Percentile(late, 0.99),
            perChannel.ToDictionary(
                p => p.Key, p => Latencies.Of(p.Value, PushesPerSku(pushes, p.Key, from)), StringComparer.Ordinal),
            Channels.ToDictionary(
                c => c, c => records.Throttles.Count(t => t.Channel == c && t.At >= from), StringComparer.Ordinal),
            Latencies.Of(allFive, []),
            never,
            settled,
            loadBefore,
            LoadAverage.Read());
    }

    public static LatencyResult Median(IReadOnlyList<LatencyResult> runs) => new(
        MedianOf(runs, r => r.Planned),
        MedianOf(runs, r => r.Accepted),
        runs.Sum(r => r.Refused),
        MedianOf(runs, r => r.AcceptedPerSecond),
        MedianOf(runs, r => r.LateP99Ms),
        Channels.ToDictionary(c => c, c => Latencies.Median(runs.Select(r => r.ByChannel[c]).ToArray()),
            StringComparer.Ordinal),
        Channels.ToDictionary(c => c, c => runs.Sum(r => r.Throttled[c]), StringComparer.Ordinal),
        Latencies.Median(runs.Select(r => r.AllFive).ToArray()),
        runs.Sum(r => r.NeverAcknowledged),
        runs.All(r => r.Settled),
        MedianOf(runs, r => r.LoadBefore),
        MedianOf(runs, r => r.LoadAfter));

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"orders accepted {Accepted} of {Planned} ({AcceptedPerSecond:F1}/s), ")
            + Invariant($"refused {Refused}, ")
            + Invariant($"sends late p99 {LateP99Ms:F0} ms, never acknowledged {NeverAcknowledged}, ")
            + Invariant($"settled {(Settled ? "yes" : "NO")}, load average {LoadBefore:F2} -> {LoadAfter:F2}"));
        text.AppendLine("| channel | p50 ms | p99 ms | max ms | pushes | per SKU fewest-most | throttled |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var channel in Channels)
        {
            text.AppendLine(Row(channel, ByChannel[channel]) + Invariant($" {Throttled[channel]} |"));
        }

        text.Append(Invariant($"| all five | {AllFive.P50:F0} | {AllFive.P99:F0} | {AllFive.Max:F0} | | | |"));
        return text.ToString();
    }

    private static string Row(string name, Latencies l) =>
        Invariant($"| {name} | {l.P50:F0} | {l.P99:F0} | {l.Max:F0} | {l.Pushes} | {l.FewestPerSku}-{l.MostPerSku} |");

    /// <summary>Pushes the channel accepted per SKU from the first measured order on.</summary>
    private static int[] PushesPerSku(
        Dictionary<(string Channel, string Sku), FakePush[]> pushes, string channel, DateTimeOffset from) =>
        pushes.Where(p => p.Key.Channel == channel).Select(p => p.Value.Count(push => push.At >= from)).ToArray();

    /// <summary>
    /// For each order of one SKU (in order), when the channel first accepted a quantity at most what was available
    /// after it; null when it never did. Available only falls, so the search goes on from the previous match.
    /// </summary>
    private static DateTimeOffset?[] AcknowledgementsOf(SentOrder[] inOrder, FakePush[] pushes)
    {
        var acks = new DateTimeOffset?[inOrder.Length];
        var at = 0;
        for (var k = 0; k < inOrder.Length; k++)
        {
            while (at < pushes.Length && pushes[at].Quantity > inOrder[k].AvailableAfter)
            {
                at++;
            }

            acks[k] = at < pushes.Length ? pushes[at].At : null;
        }

        return acks;
    }

    private static T MedianOf<T>(IReadOnlyList<LatencyResult> runs, Func<LatencyResult, T> of) =>
        runs.Select(of).Order().ElementAt(runs.Count / 2);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

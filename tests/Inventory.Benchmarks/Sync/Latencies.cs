namespace Inventory.Benchmarks.Sync;

/// <summary>The median, 99th percentile and maximum of a set of latencies, in milliseconds.</summary>
internal sealed record Latencies(int Count, double P50, double P99, double Max)
{
    public static Latencies Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Latencies(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    /// <summary>The median of each figure over runs.</summary>
    public static Latencies Median(IReadOnlyList<Latencies> runs) => new(
        runs.Select(r => r.Count).Order().ElementAt(runs.Count / 2),
        runs.Select(r => r.P50).Order().ElementAt(runs.Count / 2),
        runs.Select(r => r.P99).Order().ElementAt(runs.Count / 2),
        runs.Select(r => r.Max).Order().ElementAt(runs.Count / 2));

    public static double Percentile(double[] sorted, double p) => sorted.Length == 0
        ? double.NaN
        : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))];
}

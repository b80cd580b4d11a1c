namespace Inventory.Benchmarks.Sync;

/// <summary>
/// The median, 99th percentile and maximum of a set of latencies, in milliseconds, and the pushes behind them: in
/// all, and the fewest and most any one SKU got (a wide spread shows SKUs starved of syncs).
/// </summary>
internal sealed record Latencies(int Count, double P50, double P99, double Max, int Pushes, int FewestPerSku,
    int MostPerSku)
{
    public static Latencies Of(IEnumerable<double> milliseconds, IReadOnlyList<int> pushesPerSku)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Latencies(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1], pushesPerSku.Sum(),
            pushesPerSku.DefaultIfEmpty().Min(), pushesPerSku.DefaultIfEmpty().Max());
    }

    /// <summary>The median of each figure over runs.</summary>
    public static Latencies Median(IReadOnlyList<Latencies> runs) => new(
        MedianOf(runs, r => r.Count),
        MedianOf(runs, r => r.P50),
        MedianOf(runs, r => r.P99),
        MedianOf(runs, r => r.Max),
        MedianOf(runs, r => r.Pushes),
        MedianOf(runs, r => r.FewestPerSku),
        MedianOf(runs, r => r.MostPerSku));

    private static T MedianOf<T>(IReadOnlyList<Latencies> runs, Func<Latencies, T> of) =>
        runs.Select(of).Order().ElementAt(runs.Count / 2);

    public static double Percentile(double[] sorted, double p) => sorted.Length == 0
        ? double.NaN
        : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))];
}

namespace Inventory.Core.Sync.Allocation;

/// <summary>What sync has measured for one listing: how fast it sells and how late it hears of changes.</summary>
/// <param name="Listing">The listing the measurements are for.</param>
/// <param name="UnitsPerDay">Recent sales velocity of the SKU on this listing, in units a day; 0 or more.</param>
/// <param name="SyncLagP95">The 95th percentile of the time from a stock change to the listing showing it.</param>
/// <param name="SyncLagByPercentile">Other measured percentiles, keyed by percentile (for example 99), for rules
/// whose <see cref="ChannelRule.LagPercentile"/> is not 95; null when only p95 is measured.</param>
public sealed record ChannelDemandSignal(
    string Listing,
    double UnitsPerDay,
    TimeSpan SyncLagP95,
    IReadOnlyDictionary<int, TimeSpan>? SyncLagByPercentile = null)
{
    /// <summary>
    /// The lag at <paramref name="percentile"/>: the measured one when there is, else p95 (the percentile always
    /// measured), so a missing percentile never silently removes the buffer.
    /// </summary>
    public TimeSpan LagAt(int percentile) =>
        percentile != ChannelRule.DefaultLagPercentile
        && SyncLagByPercentile is not null
        && SyncLagByPercentile.TryGetValue(percentile, out var lag)
            ? lag
            : SyncLagP95;

    /// <summary>
    /// Units expected to sell during the lag at <paramref name="percentile"/>, rounded up:
    /// <c>ceil(units per second x lag seconds)</c>. For 240 a day and 90 s that is ceil(0.25) = 1.
    /// </summary>
    public int ExpectedSalesDuringLag(int percentile)
    {
        var seconds = Math.Max(0, LagAt(percentile).TotalSeconds);
        var units = Math.Max(0, UnitsPerDay) * seconds / TimeSpan.FromDays(1).TotalSeconds;
        var rounded = Math.Ceiling(units - ChannelAllocator.Tolerance);
        return rounded >= int.MaxValue ? int.MaxValue : (int)Math.Max(0, rounded);
    }
}

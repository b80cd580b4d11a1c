namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// When a pool of stock counts as scarce, so its listings stop showing the same units and share them instead.
/// </summary>
/// <remarks>
/// Listing the same unit on every channel is the norm while stock is plentiful: a unit sold twice can only happen
/// when the pool runs out before the channels hear of the first sale. That risk is real when the pool would not
/// last long at the rate its listings sell. So a pool is <b>scarce</b> when its available is at most
/// <c>max(<see cref="MinimumUnits"/>, ceil(<see cref="CoverDays"/> x sum of its listings' sales per day))</c>:
/// fewer units than the pool's listings together are expected to sell within the cover. Only a scarce pool whose
/// listings' candidates add up to more than its available is allocated; then the published quantities add up to at
/// most the pool's available. A plentiful pool lists every listing's candidate in full.
/// </remarks>
public sealed record ScarcityPolicy
{
    /// <summary>The default cover: one day of the pool's sales.</summary>
    public const double DefaultCoverDays = 1;

    /// <summary>
    /// The default floor: a pool of five units or fewer is shared out, never listed in full on each of the five
    /// channels, because with no sales history yet the cover rule alone would never call it scarce.
    /// </summary>
    public const int DefaultMinimumUnits = 5;

    /// <summary>The largest cover accepted.</summary>
    public const double MaxCoverDays = 365;

    /// <summary>Days of the pool's combined sales below which its stock counts as scarce, 0 to 365.</summary>
    /// <value>Defaults to 1.</value>
    public double CoverDays { get; init; } = DefaultCoverDays;

    /// <summary>
    /// A pool with at most this many units is always scarce, whatever its sales; useful for SKUs with no sales
    /// history yet. Set it very high to always allocate (never list a unit twice).
    /// </summary>
    /// <value>Defaults to 5 (<see cref="DefaultMinimumUnits"/>).</value>
    public int MinimumUnits { get; init; } = DefaultMinimumUnits;

    /// <summary>The available at or below which a pool selling <paramref name="unitsPerDay"/> is scarce.</summary>
    public long ThresholdFor(double unitsPerDay)
    {
        var demand = Math.Ceiling(Math.Max(0, unitsPerDay) * CoverDays - ChannelAllocator.Tolerance);
        var byDemand = demand >= long.MaxValue ? long.MaxValue : (long)Math.Max(0, demand);
        return Math.Max(MinimumUnits, byDemand);
    }
}

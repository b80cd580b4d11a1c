using System.ComponentModel.DataAnnotations;

namespace Inventory.Embedded.Planning.Synthetic;

/// <summary>What synthetic history to generate. The same options and seed always give the same history.</summary>
public sealed class SyntheticHistoryOptions
{
    /// <summary>SKUs in the catalog.</summary>
    /// <value>Defaults to 500.</value>
    [Range(1, 1_000_000)]
    public int Skus { get; set; } = 500;

    /// <summary>Days of history, ending on <see cref="LastDay"/>.</summary>
    /// <value>Defaults to 120.</value>
    [Range(1, 3650)]
    public int Days { get; set; } = 120;

    /// <summary>The seed.</summary>
    /// <value>Defaults to 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>The last day of history; null means the day before the clock's today.</summary>
    public DateOnly? LastDay { get; set; }

    /// <summary>Revenue a day of the best-selling SKU; the r-th best makes 1/r of it (a Zipf curve).</summary>
    /// <value>Defaults to 3000.</value>
    [Range(1.0, 10_000_000.0)]
    public double TopSkuRevenuePerDay { get; set; } = 3000.0;

    /// <summary>Locations (1 to 3): <c>WH-EAST</c>, <c>WH-WEST</c>, <c>WH-CENTRAL</c> in that order.</summary>
    /// <value>Defaults to 2.</value>
    [Range(1, 3)]
    public int Locations { get; set; } = 2;
}

namespace Inventory.Core.Planning;

/// <summary>A KPI's healthy range from the guide; an open end is null.</summary>
/// <param name="Min">The lowest healthy value, or null.</param>
/// <param name="Max">The highest healthy value, or null.</param>
public sealed record HealthyRange(double? Min, double? Max)
{
    /// <summary>Judges a value; null means undefined.</summary>
    public KpiStatus Judge(double? value) =>
        value is not { } v || double.IsNaN(v) ? KpiStatus.Undefined
        : Min is { } min && v < min ? KpiStatus.BelowRange
        : Max is { } max && v > max ? KpiStatus.AboveRange
        : KpiStatus.Healthy;

    /// <summary>
    /// The guide's benchmark: turnover 4 to 8 turns a year, days of inventory 45 to 90, stockout rate below 2% for
    /// A items and below 5% otherwise, carrying cost 20% to 30%, fill rate 95% or more, sell-through 80% or more.
    /// </summary>
    public static HealthyRange For(KpiKind kind, bool classA) => kind switch
    {
        KpiKind.InventoryTurnover => new HealthyRange(4, 8),
        KpiKind.DaysOfInventory => new HealthyRange(45, 90),
        KpiKind.StockoutRate => new HealthyRange(null, classA ? 2 : 5),
        KpiKind.CarryingCostPercentage => new HealthyRange(20, 30),
        KpiKind.FillRate => new HealthyRange(95, null),
        KpiKind.SellThroughRate => new HealthyRange(80, null),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown KPI."),
    };
}

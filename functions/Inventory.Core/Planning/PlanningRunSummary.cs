namespace Inventory.Core.Planning;

/// <summary>What one nightly planning run produced.</summary>
/// <param name="ReportDate">The as-of date.</param>
/// <param name="Positions">SKU x location lines in the reorder report.</param>
/// <param name="OrdersSuggested">Lines with a suggested order.</param>
/// <param name="BelowSafetyStock">Lines below safety stock.</param>
/// <param name="KpiRows">KPI rows written.</param>
/// <param name="KpisFlagged">KPI rows outside their healthy range.</param>
/// <param name="Elapsed">How long the run took.</param>
public sealed record PlanningRunSummary(
    DateOnly ReportDate,
    int Positions,
    int OrdersSuggested,
    int BelowSafetyStock,
    int KpiRows,
    int KpisFlagged,
    TimeSpan Elapsed);

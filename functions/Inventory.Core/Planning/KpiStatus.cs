namespace Inventory.Core.Planning;

/// <summary>Where a KPI value stands against the guide's healthy range.</summary>
public enum KpiStatus
{
    /// <summary>Inside the healthy range.</summary>
    Healthy,

    /// <summary>Below the healthy range.</summary>
    BelowRange,

    /// <summary>Above the healthy range.</summary>
    AboveRange,

    /// <summary>The KPI cannot be computed for this segment (for example turnover with no inventory value).</summary>
    Undefined,
}

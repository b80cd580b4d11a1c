namespace Inventory.Core.Planning;

/// <summary>How a KPI row slices the inventory.</summary>
public enum KpiSegmentKind
{
    /// <summary>Everything.</summary>
    Total,

    /// <summary>One sales channel.</summary>
    Channel,

    /// <summary>One ABC class.</summary>
    AbcClass,

    /// <summary>One location.</summary>
    Location,
}

namespace Inventory.Core.Sync.Allocation;

/// <summary>How a scarce pool of stock is shared between the listings it feeds.</summary>
public enum AllocationMode
{
    /// <summary>
    /// In <see cref="ChannelRule.Priority"/> order (lower first, then listing name): each listing gets its whole
    /// candidate quantity before the next gets anything.
    /// </summary>
    Priority = 1,

    /// <summary>
    /// In proportion to each listing's recent sales velocity, rounded by largest remainder (ties by priority, then
    /// listing name). A listing never gets more than its candidate; what it cannot take goes to the others.
    /// </summary>
    ProportionalToRecentSales,
}

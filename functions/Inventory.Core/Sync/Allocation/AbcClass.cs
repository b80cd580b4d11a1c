namespace Inventory.Core.Sync.Allocation;

/// <summary>A SKU's ABC class: A for the few SKUs that carry most revenue, C for the long tail.</summary>
public enum AbcClass
{
    /// <summary>The top class: the SKUs that carry most of the revenue.</summary>
    A = 1,

    /// <summary>The middle class.</summary>
    B,

    /// <summary>The long tail.</summary>
    C,
}

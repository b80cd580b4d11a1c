namespace Inventory.Core.Planning;

/// <summary>A SKU's class by its share of trailing revenue.</summary>
public enum AbcClass
{
    /// <summary>The few SKUs that make most of the revenue (up to the A cut-off, 80% by default).</summary>
    A,

    /// <summary>The SKUs that make the next slice of revenue (up to the B cut-off, 95% by default).</summary>
    B,

    /// <summary>The long tail, and every SKU without revenue in the window.</summary>
    C,
}

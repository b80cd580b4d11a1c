namespace Inventory.Core.Sync.Allocation;

/// <summary>The most specific level of rule that set at least one field of an effective rule.</summary>
public enum RuleLevel
{
    /// <summary>The listing's own defaults only.</summary>
    Channel = 1,

    /// <summary>An override for the SKU's ABC class.</summary>
    AbcClass,

    /// <summary>An override for the SKU itself.</summary>
    Sku,
}

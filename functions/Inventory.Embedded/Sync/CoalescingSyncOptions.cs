using System.ComponentModel.DataAnnotations;

namespace Inventory.Embedded.Sync;

/// <summary>Settings of the in-process sync runner (section <c>Embedded:Sync</c>).</summary>
public sealed class CoalescingSyncOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Embedded:Sync";

    /// <summary>How many SKUs sync at once; each SKU has at most one sync running.</summary>
    /// <value>Defaults to 4.</value>
    [Range(1, 256)]
    public int MaxConcurrentSkus { get; set; } = 4;

    /// <summary>
    /// How many times in a row a SKU whose channels throttled or failed is tried again by itself before the runner
    /// leaves it to the next stock change (or the reconciliation).
    /// </summary>
    /// <value>Defaults to 5.</value>
    [Range(0, 100)]
    public int MaxRetries { get; set; } = 5;
}

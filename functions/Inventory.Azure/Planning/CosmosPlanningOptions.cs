using System.ComponentModel.DataAnnotations;

namespace Inventory.Azure.Planning;

/// <summary>
/// The Cosmos DB containers of nightly planning (section <c>Cosmos</c>, beside the stock store's settings: the
/// account, database and ledger container come from there).
/// </summary>
public sealed class CosmosPlanningOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Cosmos";

    /// <summary>Default for <see cref="ReportRowsPerDocument"/>.</summary>
    public const int DefaultReportRowsPerDocument = 500;

    /// <summary>The container of report documents, partition key <c>/reportDate</c> (<c>yyyy-MM-dd</c>).</summary>
    /// <value>Defaults to <c>reports</c>.</value>
    [Required]
    public string ReportsContainerName { get; set; } = "reports";

    /// <summary>The container of catalog items, partition key <c>/sku</c>, id = SKU.</summary>
    /// <value>Defaults to <c>catalog</c>.</value>
    [Required]
    public string CatalogContainerName { get; set; } = "catalog";

    /// <summary>
    /// Report rows per report document. A reorder line is about 1 KB of JSON, so 500 rows stay far below the 2 MB
    /// document limit of Cosmos DB with room for long notes.
    /// </summary>
    /// <value>Defaults to 500.</value>
    [Range(1, 1000)]
    public int ReportRowsPerDocument { get; set; } = DefaultReportRowsPerDocument;
}

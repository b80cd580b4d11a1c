using System.ComponentModel.DataAnnotations;

namespace Inventory.Azure.Stock;

/// <summary>Where the Cosmos DB stock store keeps its documents and how it behaves under contention.</summary>
/// <remarks>Bound from configuration section <see cref="SectionName"/> and validated at start-up.</remarks>
public sealed class CosmosStockStoreOptions : IValidatableObject
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Cosmos";

    /// <summary>Default for <see cref="MaxConflictRetries"/>.</summary>
    public const int DefaultMaxConflictRetries = 10;

    /// <summary>Default for <see cref="AppliedIdWindow"/>.</summary>
    public const int DefaultAppliedIdWindow = 500;

    /// <summary>Default for <see cref="RecentEntriesWindow"/>.</summary>
    public const int DefaultRecentEntriesWindow = 16;

    /// <summary>Default for <see cref="OversellLookbackMonths"/>.</summary>
    public const int DefaultOversellLookbackMonths = 36;

    /// <summary>
    /// The account endpoint, for example <c>https://contoso-inventory.documents.azure.com:443/</c>. The store signs
    /// in with <c>DefaultAzureCredential</c> (managed identity on Azure). Ignored when
    /// <see cref="ConnectionString"/> is set.
    /// </summary>
    /// <value>No default; this or <see cref="ConnectionString"/> is required.</value>
    public Uri? AccountEndpoint { get; set; }

    /// <summary>A key-based connection string, for local runs only; identity is the default everywhere else.</summary>
    /// <value>No default.</value>
    public string? ConnectionString { get; set; }

    /// <summary>The database holding the stock containers.</summary>
    /// <value>Defaults to <c>inventory</c>.</value>
    [Required]
    public string DatabaseName { get; set; } = "inventory";

    /// <summary>The container of stock documents, partition key <c>/sku</c>.</summary>
    /// <value>Defaults to <c>stock</c>.</value>
    [Required]
    public string StockContainerName { get; set; } = "stock";

    /// <summary>The container of ledger entries, partition key <c>/sku</c>.</summary>
    /// <value>Defaults to <c>ledger</c>.</value>
    [Required]
    public string LedgerContainerName { get; set; } = "ledger";

    /// <summary>The container of oversell incidents, partition key <c>/period</c> (<c>yyyy-MM</c>, UTC).</summary>
    /// <value>Defaults to <c>oversells</c>.</value>
    [Required]
    public string OversellContainerName { get; set; } = "oversells";

    /// <summary>
    /// How often an apply re-reads and retries after another writer changed the position first, before it gives up
    /// with a <c>StockConcurrencyException</c>.
    /// </summary>
    /// <value>Defaults to 10.</value>
    [Range(0, 100)]
    public int MaxConflictRetries { get; set; } = DefaultMaxConflictRetries;

    /// <summary>
    /// How many applied movement ids each stock document remembers. A movement redelivered within this many later
    /// movements at its position is recognised from the document alone, even when a crash lost its ledger write.
    /// </summary>
    /// <value>Defaults to 500.</value>
    [Range(1, 5000)]
    public int AppliedIdWindow { get; set; } = DefaultAppliedIdWindow;

    /// <summary>
    /// How many full ledger entries each stock document keeps, so a redelivery answers without another read and
    /// restores an entry whose ledger write was lost. At most <see cref="AppliedIdWindow"/>.
    /// </summary>
    /// <value>Defaults to 16.</value>
    [Range(1, 200)]
    public int RecentEntriesWindow { get; set; } = DefaultRecentEntriesWindow;

    /// <summary>How many months back oversell listings look at most, whatever the query's start.</summary>
    /// <value>Defaults to 36.</value>
    [Range(1, 1200)]
    public int OversellLookbackMonths { get; set; } = DefaultOversellLookbackMonths;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AccountEndpoint is null && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"Set {SectionName}:AccountEndpoint (identity-based, the default) or {SectionName}:ConnectionString "
                + "(local runs) so the stock store can reach Cosmos DB.",
                [nameof(AccountEndpoint), nameof(ConnectionString)]);
        }

        if (RecentEntriesWindow > AppliedIdWindow)
        {
            yield return new ValidationResult(
                $"{SectionName}:RecentEntriesWindow ({RecentEntriesWindow}) must not exceed "
                + $"{SectionName}:AppliedIdWindow ({AppliedIdWindow}).",
                [nameof(RecentEntriesWindow)]);
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Inventory.Azure.Cosmos;

namespace Inventory.Azure.Documents;

/// <summary>Where the Cosmos DB document store keeps purchase orders, transfers, listings and the like.</summary>
/// <remarks>
/// Bound from configuration section <see cref="SectionName"/>, the one the stock store reads, so the account and
/// database settings are written once; validated at start-up.
/// </remarks>
public sealed class CosmosDocumentStoreOptions : IValidatableObject
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = CosmosClientFactory.SectionName;

    /// <summary>Default for <see cref="DocumentContainerName"/>.</summary>
    public const string DefaultDocumentContainerName = "config";

    /// <summary>
    /// The account endpoint, for example <c>https://contoso-inventory.documents.azure.com:443/</c>. The store signs
    /// in with <c>DefaultAzureCredential</c>. Ignored when <see cref="ConnectionString"/> is set.
    /// </summary>
    /// <value>No default; this or <see cref="ConnectionString"/> is required.</value>
    public Uri? AccountEndpoint { get; set; }

    /// <summary>A key-based connection string, for local runs only.</summary>
    /// <value>No default.</value>
    public string? ConnectionString { get; set; }

    /// <summary>The database holding the container; the same setting as the stock store's.</summary>
    /// <value>Defaults to <c>inventory</c>.</value>
    [Required]
    public string DatabaseName { get; set; } = "inventory";

    /// <summary>The container of documents, partition key <c>/kind</c> (the collection name).</summary>
    /// <value>Defaults to <c>config</c>.</value>
    [Required]
    public string DocumentContainerName { get; set; } = DefaultDocumentContainerName;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AccountEndpoint is null && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"Set {SectionName}:AccountEndpoint (identity-based, the default) or {SectionName}:ConnectionString "
                + "(local runs) so the document store can reach Cosmos DB.",
                [nameof(AccountEndpoint), nameof(ConnectionString)]);
        }
    }
}

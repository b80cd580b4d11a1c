using System.ComponentModel.DataAnnotations;

namespace Inventory.Azure.Planning;

/// <summary>
/// Where the nightly Power BI files go (section <c>Storage</c>, shared with the sync state table): the Blob service
/// endpoint with the managed identity (<see cref="BlobServiceUri"/>), or the same connection string the table uses
/// for local runs against Azurite. Exactly one is required.
/// </summary>
public sealed class BlobExportOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Storage";

    /// <summary>The Blob service endpoint, for example <c>https://account.blob.core.windows.net/</c>.</summary>
    /// <value>No default; reached with <c>DefaultAzureCredential</c>.</value>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>A storage connection string; for local use (Azurite) only.</summary>
    /// <value>No default.</value>
    public string? ConnectionString { get; set; }

    /// <summary>The container that holds one folder per date (<c>yyyy-MM-dd/</c>) of Parquet and CSV files.</summary>
    /// <value>Defaults to <c>exports</c> (the container the infrastructure creates).</value>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$",
        ErrorMessage = "Storage:ExportsContainerName must be 3 to 63 lower-case letters, digits and single hyphens.")]
    public string ExportsContainerName { get; set; } = "exports";

    /// <summary>Whether a CSV file is uploaded beside every Parquet file.</summary>
    /// <value>Defaults to true.</value>
    public bool WriteCsv { get; set; } = true;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasUri = BlobServiceUri is not null;
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (hasUri == hasConnectionString)
        {
            yield return new ValidationResult(
                "Set exactly one of Storage:BlobServiceUri (with a managed identity) or Storage:ConnectionString "
                + "(local use) so the nightly planning files can be written.",
                [nameof(BlobServiceUri), nameof(ConnectionString)]);
        }

        if (BlobServiceUri is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult(
                "Storage:BlobServiceUri must be an absolute https address.", [nameof(BlobServiceUri)]);
        }
    }
}

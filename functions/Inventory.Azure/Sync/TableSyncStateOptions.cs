using System.ComponentModel.DataAnnotations;

namespace Inventory.Azure.Sync;

/// <summary>
/// Where the sync state table lives (section <c>Storage</c>): the Table service endpoint with the managed identity
/// (<see cref="TableServiceUri"/>), or a connection string for local use against Azurite. Exactly one is required.
/// </summary>
public sealed class TableSyncStateOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Storage";

    /// <summary>The Table service endpoint, for example <c>https://account.table.core.windows.net/</c>.</summary>
    /// <value>No default; reached with <c>DefaultAzureCredential</c>.</value>
    public Uri? TableServiceUri { get; set; }

    /// <summary>A storage connection string; for local use (Azurite) only.</summary>
    /// <value>No default.</value>
    public string? ConnectionString { get; set; }

    /// <summary>The table that holds one row per SKU and channel.</summary>
    /// <value>Defaults to <c>syncstate</c>.</value>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$",
        ErrorMessage = "Storage:SyncStateTableName must be 3 to 63 letters and digits, starting with a letter.")]
    public string SyncStateTableName { get; set; } = "syncstate";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasUri = TableServiceUri is not null;
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (hasUri == hasConnectionString)
        {
            yield return new ValidationResult(
                "Set exactly one of Storage:TableServiceUri (with a managed identity) or Storage:ConnectionString "
                + "(local use) so the sync state table can be reached.",
                [nameof(TableServiceUri), nameof(ConnectionString)]);
        }

        if (TableServiceUri is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult(
                "Storage:TableServiceUri must be an absolute https address.", [nameof(TableServiceUri)]);
        }
    }
}

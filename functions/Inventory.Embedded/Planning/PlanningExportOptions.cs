using System.ComponentModel.DataAnnotations;

namespace Inventory.Embedded.Planning;

/// <summary>Where the embedded planning files live (section <c>PlanningExport</c>).</summary>
public sealed class PlanningExportOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "PlanningExport";

    /// <summary>The folder that holds one sub-folder per date (<c>yyyy-MM-dd</c>) with the star schema's files.</summary>
    /// <value>Defaults to <c>.inventory/exports</c> under the working directory.</value>
    [Required]
    public string Directory { get; set; } = Path.Combine(".inventory", "exports");

    /// <summary>Whether a CSV file is written beside every Parquet file.</summary>
    /// <value>Defaults to true.</value>
    public bool WriteCsv { get; set; } = true;

    /// <summary>The folder of one date.</summary>
    public string DayDirectory(DateOnly day) =>
        Path.Combine(Path.GetFullPath(Directory), day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}

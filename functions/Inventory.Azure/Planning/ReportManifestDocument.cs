namespace Inventory.Azure.Planning;

/// <summary>
/// The head of one night's reports in container <c>reports</c>, id <c>manifest</c>: written after every slice, so
/// its counts say which slices make up the reports of <see cref="ReportDate"/>.
/// </summary>
internal sealed record ReportManifestDocument
{
    public const string DocumentId = "manifest";

    public string Id { get; init; } = DocumentId;

    /// <summary>The partition key: the report date as <c>yyyy-MM-dd</c>.</summary>
    public required string ReportDate { get; init; }

    public string Kind { get; init; } = DocumentId;

    public required DateTimeOffset GeneratedAt { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required int ReorderRows { get; init; }

    /// <summary>Reorder slices: ids <c>reorder-00000</c> up to this count less one.</summary>
    public required int ReorderDocuments { get; init; }

    public required int KpiRows { get; init; }

    /// <summary>KPI slices: ids <c>kpi-00000</c> up to this count less one.</summary>
    public required int KpiDocuments { get; init; }

    public required int KpisFlagged { get; init; }

    public required IReadOnlyList<string> Channels { get; init; }

    public required IReadOnlyList<string> Locations { get; init; }
}

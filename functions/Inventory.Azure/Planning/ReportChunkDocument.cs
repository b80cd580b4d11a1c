namespace Inventory.Azure.Planning;

/// <summary>
/// A slice of one report in container <c>reports</c> (partition key <c>/reportDate</c>): up to
/// <see cref="CosmosPlanningOptions.ReportRowsPerDocument"/> rows, id <c>{kind}-{chunk:D5}</c>.
/// </summary>
/// <typeparam name="TRow">The report's row type (the core record, stored as it is).</typeparam>
internal sealed record ReportChunkDocument<TRow>
{
    public required string Id { get; init; }

    /// <summary>The partition key: the report date as <c>yyyy-MM-dd</c>.</summary>
    public required string ReportDate { get; init; }

    /// <summary><c>reorder</c> or <c>kpi</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The slice's index, from 0; rows keep the report's order across slices.</summary>
    public required int Chunk { get; init; }

    /// <summary>When the run that wrote the slice produced the report.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    public required IReadOnlyList<TRow> Rows { get; init; }
}

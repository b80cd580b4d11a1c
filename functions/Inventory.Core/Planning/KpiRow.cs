namespace Inventory.Core.Planning;

/// <summary>One KPI of one segment, with its healthy range and whether it is inside.</summary>
public sealed record KpiRow
{
    /// <summary>The as-of date of the report.</summary>
    public required DateOnly ReportDate { get; init; }

    /// <summary>The first day of the period measured.</summary>
    public required DateOnly PeriodStart { get; init; }

    /// <summary>The last day of the period measured (the report date).</summary>
    public required DateOnly PeriodEnd { get; init; }

    /// <summary>Which KPI.</summary>
    public required KpiKind Kpi { get; init; }

    /// <summary>How the segment slices the inventory.</summary>
    public required KpiSegmentKind SegmentKind { get; init; }

    /// <summary>The segment: <c>all</c>, a channel, a class (A, B, C) or a location.</summary>
    public required string Segment { get; init; }

    /// <summary>The value; null when undefined for this segment.</summary>
    public required double? Value { get; init; }

    /// <summary>The value's unit: <c>turns/year</c>, <c>days</c> or <c>%</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>The formula's numerator, as measured.</summary>
    public required double Numerator { get; init; }

    /// <summary>The formula's denominator, as measured.</summary>
    public required double Denominator { get; init; }

    /// <summary>The lowest healthy value, or null.</summary>
    public required double? HealthyMin { get; init; }

    /// <summary>The highest healthy value, or null.</summary>
    public required double? HealthyMax { get; init; }

    /// <summary>Where the value stands against the healthy range.</summary>
    public required KpiStatus Status { get; init; }

    /// <summary>Whether the value is outside the healthy range (undefined values are not flagged but noted).</summary>
    public bool Flagged => Status is KpiStatus.BelowRange or KpiStatus.AboveRange;

    /// <summary>Why the value is undefined, or what it hides, in a person's words; null otherwise.</summary>
    public string? Note { get; init; }
}

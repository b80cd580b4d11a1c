namespace Inventory.Core.Planning;

/// <summary>
/// The daily facts that the nightly roll-up writes and planning reads. Reads stream, so planning's memory grows with
/// the number of keys, not with the number of days.
/// </summary>
public interface IDailyFactStore
{
    /// <summary>Writes one day's facts, replacing whatever that day held before (so a re-run is idempotent).</summary>
    Task WriteDayAsync(
        DateOnly day,
        IReadOnlyList<DailyDemandFact> demand,
        IReadOnlyList<DailyPositionFact> positions,
        CancellationToken cancellationToken = default);

    /// <summary>Whether the day has been rolled up.</summary>
    Task<bool> HasDayAsync(DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>Streams the demand facts of the days from <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    IAsyncEnumerable<DailyDemandFact> ReadDemandAsync(
        DateOnly first, DateOnly last, CancellationToken cancellationToken = default);

    /// <summary>Streams the position facts of the days from <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    IAsyncEnumerable<DailyPositionFact> ReadPositionsAsync(
        DateOnly first, DateOnly last, CancellationToken cancellationToken = default);
}

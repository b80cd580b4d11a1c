using Inventory.Core.Planning;
using Inventory.Embedded.Planning.Files;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Planning;

/// <summary>
/// The daily facts as the Power BI files themselves: <c>{dir}/{yyyy-MM-dd}/fact_daily_demand.parquet</c> and
/// <c>fact_daily_position.parquet</c> (with CSV beside them). Reads go column by column through one row group at
/// a time (the next one decoded while the current one is consumed), so memory is bounded by a few row groups, and
/// cost grows with SKUs x days, not with the ledger.
/// </summary>
public sealed class FileDailyFactStore : IDailyFactStore
{
    private readonly PlanningExportOptions _options;

    /// <summary>Creates the store over a folder.</summary>
    public FileDailyFactStore(IOptions<PlanningExportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public async Task WriteDayAsync(
        DateOnly day,
        IReadOnlyList<DailyDemandFact> demand,
        IReadOnlyList<DailyPositionFact> positions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(positions);
        if (demand.Any(f => f.Date != day) || positions.Any(f => f.Date != day))
        {
            throw new ArgumentException($"Every fact written for {day:yyyy-MM-dd} must carry that date.", nameof(day));
        }

        var directory = _options.DayDirectory(day);

        // Demand first, positions last: HasDayAsync looks for the position file, so a day is complete once it is there.
        await PowerBiSchema.DailyDemand.WriteAsync(directory, demand, _options.WriteCsv, cancellationToken)
            .ConfigureAwait(false);
        await PowerBiSchema.DailyPosition.WriteAsync(directory, positions, _options.WriteCsv, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<bool> HasDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PositionFile(day)));

    /// <inheritdoc />
    public IAsyncEnumerable<DailyDemandFact> ReadDemandAsync(
        DateOnly first, DateOnly last, CancellationToken cancellationToken = default) =>
        DailyFactFiles.ReadDemandAsync(OpenIfExists(DemandFile), first, last, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<DailyPositionFact> ReadPositionsAsync(
        DateOnly first, DateOnly last, CancellationToken cancellationToken = default) =>
        DailyFactFiles.ReadPositionsAsync(OpenIfExists(PositionFile), first, last, cancellationToken);

    private static Func<DateOnly, CancellationToken, Task<Stream?>> OpenIfExists(Func<DateOnly, string> pathOf) =>
        (day, _) =>
        {
            var path = pathOf(day);
            return Task.FromResult<Stream?>(File.Exists(path)
                ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, true)
                : null);
        };

    private string DemandFile(DateOnly day) =>
        Path.Combine(_options.DayDirectory(day), PowerBiSchema.DailyDemand.Name + ".parquet");

    private string PositionFile(DateOnly day) =>
        Path.Combine(_options.DayDirectory(day), PowerBiSchema.DailyPosition.Name + ".parquet");
}

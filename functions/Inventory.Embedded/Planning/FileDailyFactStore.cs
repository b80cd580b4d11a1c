using Inventory.Core.Planning;
using Inventory.Embedded.Planning.Files;
using Microsoft.Extensions.Options;
using Parquet;
using Parquet.Schema;

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
        new PrefetchingReader<DailyDemandFact>(DemandFile, FillDemandAsync).ReadAsync(first, last, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<DailyPositionFact> ReadPositionsAsync(
        DateOnly first, DateOnly last, CancellationToken cancellationToken = default) =>
        new PrefetchingReader<DailyPositionFact>(PositionFile, FillPositionsAsync)
            .ReadAsync(first, last, cancellationToken);

    private static async Task FillDemandAsync(
        ColumnReader columns, ParquetRowGroupReader group, DataField[] fields, DateOnly day, DailyDemandFact[] rows,
        int n, CancellationToken cancellationToken)
    {
        var sku = await columns.TextAsync(group, fields, "sku", n, cancellationToken).ConfigureAwait(false);
        var channel = await columns.TextAsync(group, fields, "channel", n, cancellationToken).ConfigureAwait(false);
        var location = await columns.TextAsync(group, fields, "location", n, cancellationToken).ConfigureAwait(false);
        var ordered = await columns.ValuesAsync<int>(group, fields, "units_ordered", n, cancellationToken).ConfigureAwait(false);
        var cancelled = await columns.ValuesAsync<int>(group, fields, "units_cancelled", n, cancellationToken).ConfigureAwait(false);
        var shipped = await columns.ValuesAsync<int>(group, fields, "units_shipped", n, cancellationToken).ConfigureAwait(false);
        var returned = await columns.ValuesAsync<int>(group, fields, "units_returned", n, cancellationToken).ConfigureAwait(false);
        var lines = await columns.ValuesAsync<int>(group, fields, "order_lines", n, cancellationToken).ConfigureAwait(false);
        var shortLines = await columns.ValuesAsync<int>(group, fields, "order_lines_short", n, cancellationToken).ConfigureAwait(false);
        var cogs = await columns.ValuesAsync<decimal>(group, fields, "cogs", n, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < n; i++)
        {
            rows[i] = new DailyDemandFact(
                day, sku[i], channel[i], location[i], ordered[i], cancelled[i], shipped[i], returned[i], lines[i],
                shortLines[i], cogs[i]);
        }
    }

    private static async Task FillPositionsAsync(
        ColumnReader columns, ParquetRowGroupReader group, DataField[] fields, DateOnly day, DailyPositionFact[] rows,
        int n, CancellationToken cancellationToken)
    {
        var sku = await columns.TextAsync(group, fields, "sku", n, cancellationToken).ConfigureAwait(false);
        var location = await columns.TextAsync(group, fields, "location", n, cancellationToken).ConfigureAwait(false);
        var onHand = await columns.ValuesAsync<int>(group, fields, "on_hand", n, cancellationToken).ConfigureAwait(false);
        var committed = await columns.ValuesAsync<int>(group, fields, "committed", n, cancellationToken).ConfigureAwait(false);
        var unavailable = await columns.ValuesAsync<int>(group, fields, "unavailable", n, cancellationToken).ConfigureAwait(false);
        var incoming = await columns.ValuesAsync<int>(group, fields, "incoming", n, cancellationToken).ConfigureAwait(false);
        var inTransit = await columns.ValuesAsync<int>(group, fields, "in_transit", n, cancellationToken).ConfigureAwait(false);
        var value = await columns.ValuesAsync<decimal>(group, fields, "inventory_value", n, cancellationToken).ConfigureAwait(false);
        var received = await columns.ValuesAsync<int>(group, fields, "units_received", n, cancellationToken).ConfigureAwait(false);
        var cogs = await columns.ValuesAsync<decimal>(group, fields, "cogs", n, cancellationToken).ConfigureAwait(false);
        var writeOff = await columns.ValuesAsync<decimal>(group, fields, "write_off_value", n, cancellationToken).ConfigureAwait(false);
        var stockedOut = await columns.ValuesAsync<bool>(group, fields, "stocked_out", n, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < n; i++)
        {
            rows[i] = new DailyPositionFact(
                day, sku[i], location[i], onHand[i], committed[i], unavailable[i], incoming[i], inTransit[i],
                value[i], received[i], cogs[i], writeOff[i], stockedOut[i]);
        }
    }

    private string DemandFile(DateOnly day) =>
        Path.Combine(_options.DayDirectory(day), PowerBiSchema.DailyDemand.Name + ".parquet");

    private string PositionFile(DateOnly day) =>
        Path.Combine(_options.DayDirectory(day), PowerBiSchema.DailyPosition.Name + ".parquet");
}

using System.Runtime.CompilerServices;
using Inventory.Core.Planning;
using Inventory.Embedded.Planning.Files;
using Microsoft.Extensions.Options;
using Parquet;
using Parquet.Schema;

namespace Inventory.Embedded.Planning;

/// <summary>
/// The daily facts as the Power BI files themselves: <c>{dir}/{yyyy-MM-dd}/fact_daily_demand.parquet</c> and
/// <c>fact_daily_position.parquet</c> (with CSV beside them). Reads go column by column through one row group at
/// a time, so memory is bounded by a row group, and cost grows with SKUs x days, not with the ledger.
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
    public async IAsyncEnumerable<DailyDemandFact> ReadDemandAsync(
        DateOnly first, DateOnly last, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var path = Path.Combine(_options.DayDirectory(day), PowerBiSchema.DailyDemand.Name + ".parquet");
            if (!File.Exists(path))
            {
                continue;
            }

            var reader = await ParquetReader.CreateAsync(path, null, cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
            var fields = reader.Schema.DataFields;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var n = (int)group.RowCount;
                var sku = await Strings(group, fields, "sku", n, cancellationToken).ConfigureAwait(false);
                var channel = await Strings(group, fields, "channel", n, cancellationToken).ConfigureAwait(false);
                var location = await Strings(group, fields, "location", n, cancellationToken).ConfigureAwait(false);
                var ordered = await Values<int>(group, fields, "units_ordered", n, cancellationToken).ConfigureAwait(false);
                var cancelled = await Values<int>(group, fields, "units_cancelled", n, cancellationToken).ConfigureAwait(false);
                var shipped = await Values<int>(group, fields, "units_shipped", n, cancellationToken).ConfigureAwait(false);
                var returned = await Values<int>(group, fields, "units_returned", n, cancellationToken).ConfigureAwait(false);
                var lines = await Values<int>(group, fields, "order_lines", n, cancellationToken).ConfigureAwait(false);
                var shortLines = await Values<int>(group, fields, "order_lines_short", n, cancellationToken).ConfigureAwait(false);
                var cogs = await Values<decimal>(group, fields, "cogs", n, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < n; i++)
                {
                    yield return new DailyDemandFact(
                        day, sku[i], channel[i], location[i], ordered[i], cancelled[i], shipped[i], returned[i],
                        lines[i], shortLines[i], cogs[i]);
                }
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DailyPositionFact> ReadPositionsAsync(
        DateOnly first, DateOnly last, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var path = PositionFile(day);
            if (!File.Exists(path))
            {
                continue;
            }

            var reader = await ParquetReader.CreateAsync(path, null, cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
            var fields = reader.Schema.DataFields;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var n = (int)group.RowCount;
                var sku = await Strings(group, fields, "sku", n, cancellationToken).ConfigureAwait(false);
                var location = await Strings(group, fields, "location", n, cancellationToken).ConfigureAwait(false);
                var onHand = await Values<int>(group, fields, "on_hand", n, cancellationToken).ConfigureAwait(false);
                var committed = await Values<int>(group, fields, "committed", n, cancellationToken).ConfigureAwait(false);
                var unavailable = await Values<int>(group, fields, "unavailable", n, cancellationToken).ConfigureAwait(false);
                var incoming = await Values<int>(group, fields, "incoming", n, cancellationToken).ConfigureAwait(false);
                var inTransit = await Values<int>(group, fields, "in_transit", n, cancellationToken).ConfigureAwait(false);
                var value = await Values<decimal>(group, fields, "inventory_value", n, cancellationToken).ConfigureAwait(false);
                var received = await Values<int>(group, fields, "units_received", n, cancellationToken).ConfigureAwait(false);
                var cogs = await Values<decimal>(group, fields, "cogs", n, cancellationToken).ConfigureAwait(false);
                var writeOff = await Values<decimal>(group, fields, "write_off_value", n, cancellationToken).ConfigureAwait(false);
                var stockedOut = await Values<bool>(group, fields, "stocked_out", n, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < n; i++)
                {
                    yield return new DailyPositionFact(
                        day, sku[i], location[i], onHand[i], committed[i], unavailable[i], incoming[i], inTransit[i],
                        value[i], received[i], cogs[i], writeOff[i], stockedOut[i]);
                }
            }
        }
    }

    private string PositionFile(DateOnly day) =>
        Path.Combine(_options.DayDirectory(day), PowerBiSchema.DailyPosition.Name + ".parquet");

    private static DataField Field(DataField[] fields, string name) =>
        fields.FirstOrDefault(f => f.Name == name)
        ?? throw new InvalidDataException($"A daily fact file has no column '{name}'; rewrite the day with the roll-up.");

    private static async Task<string[]> Strings(
        ParquetRowGroupReader group, DataField[] fields, string name, int n, CancellationToken cancellationToken)
    {
        var values = new string?[n];
        await group.ReadAsync(Field(fields, name), values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        return values!;
    }

    private static async Task<T[]> Values<T>(
        ParquetRowGroupReader group, DataField[] fields, string name, int n, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T[n];
        await group.ReadAsync<T>(Field(fields, name), values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        return values;
    }
}

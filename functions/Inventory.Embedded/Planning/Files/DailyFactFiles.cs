using Inventory.Core.Planning;
using Parquet;
using Parquet.Schema;

namespace Inventory.Embedded.Planning.Files;

/// <summary>
/// Reads the daily fact files (<c>fact_daily_demand.parquet</c>, <c>fact_daily_position.parquet</c>) of a range of
/// days from any store that can open one day's file as a seekable stream: a folder, or blob storage through a
/// downloaded temporary file. Rows come in date order, decoded ahead on other threads.
/// </summary>
public static class DailyFactFiles
{
    /// <summary>Streams the demand facts of the days from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="open">Opens one day's demand file as a seekable stream, or returns null when the day has none.
    /// The stream is disposed after it is read.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, inclusive.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static IAsyncEnumerable<DailyDemandFact> ReadDemandAsync(
        Func<DateOnly, CancellationToken, Task<Stream?>> open, DateOnly first, DateOnly last,
        CancellationToken cancellationToken = default) =>
        new PrefetchingReader<DailyDemandFact>(open, FillDemandAsync).ReadAsync(first, last, cancellationToken);

    /// <summary>Streams the position facts of the days from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="open">Opens one day's position file as a seekable stream, or returns null when the day has none.
    /// The stream is disposed after it is read.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, inclusive.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static IAsyncEnumerable<DailyPositionFact> ReadPositionsAsync(
        Func<DateOnly, CancellationToken, Task<Stream?>> open, DateOnly first, DateOnly last,
        CancellationToken cancellationToken = default) =>
        new PrefetchingReader<DailyPositionFact>(open, FillPositionsAsync).ReadAsync(first, last, cancellationToken);

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
}

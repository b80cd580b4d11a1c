using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace Inventory.Embedded.Planning.Files;

/// <summary>
/// One table of the Power BI export: its columns, and how to write rows of it as <c>{name}.parquet</c> and
/// <c>{name}.csv</c> (RFC 4180, UTF-8, invariant culture, ISO dates, empty for null). Files are written beside
/// and then moved over the old ones, so a reader never sees half a file.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class ExportTable<TRow>
{
    private const int RowGroupSize = 262_144;
    private readonly List<TableColumn<TRow>> _columns = [];

    internal ExportTable(string name, string description, string key)
    {
        Name = name;
        Description = description;
        Key = key;
    }

    /// <summary>The table's file name without extension, for example <c>fact_reorder</c>.</summary>
    public string Name { get; }

    /// <summary>What a row is.</summary>
    public string Description { get; }

    /// <summary>The columns that identify a row.</summary>
    public string Key { get; }

    /// <summary>The columns, in file order.</summary>
    public IReadOnlyList<TableColumn<TRow>> Columns => _columns;

    /// <summary>The Parquet schema.</summary>
    public ParquetSchema Schema => new(_columns.Select(c => (Field)c.Field));

    /// <summary>Writes the rows into <paramref name="directory"/>, replacing earlier files of this table.</summary>
    public async Task WriteAsync(
        string directory, IReadOnlyList<TRow> rows, bool writeCsv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(directory);
        var array = rows as TRow[] ?? rows.ToArray();
        // The two files are independent: write them side by side on the thread pool.
        var parquet = Task.Run(
            () => WriteParquetAsync(Path.Combine(directory, Name + ".parquet"), array, cancellationToken),
            cancellationToken);
        var csv = writeCsv
            ? Task.Run(() => WriteCsvAsync(Path.Combine(directory, Name + ".csv"), array, cancellationToken), cancellationToken)
            : Task.CompletedTask;
        await Task.WhenAll(parquet, csv).ConfigureAwait(false);
    }

    internal ExportTable<TRow> Text(string name, string description, Func<TRow, string?> value)
    {
        _columns.Add(new StringColumn<TRow>(name, description, value));
        return this;
    }

    internal ExportTable<TRow> Int(string name, string description, Func<TRow, int> value) =>
        Add(name, "int32", description, new DataField<int>(name), value, v => v.ToString(CultureInfo.InvariantCulture));

    internal ExportTable<TRow> Long(string name, string description, Func<TRow, long> value) =>
        Add(name, "int64", description, new DataField<long>(name), value, v => v.ToString(CultureInfo.InvariantCulture));

    internal ExportTable<TRow> Double(string name, string description, Func<TRow, double> value) =>
        Add(name, "double", description, new DataField<double>(name), value, Number);

    internal ExportTable<TRow> NullableDouble(string name, string description, Func<TRow, double?> value)
    {
        _columns.Add(new NullableColumn<TRow, double>(
            name, "double, null when undefined", description, new DataField<double?>(name), value, Number));
        return this;
    }

    internal ExportTable<TRow> Decimal(string name, string description, Func<TRow, decimal> value) =>
        Add(name, "decimal(18,4)", description, new DecimalDataField(name, 18, 4), value,
            v => decimal.Round(v, 4).ToString(CultureInfo.InvariantCulture));

    internal ExportTable<TRow> Bool(string name, string description, Func<TRow, bool> value) =>
        Add(name, "bool", description, new DataField<bool>(name), value, v => v ? "true" : "false");

    internal ExportTable<TRow> Date(string name, string description, Func<TRow, DateOnly> value) =>
        Add(name, "date", description, new DataField<DateOnly>(name), value,
            v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private ExportTable<TRow> Add<T>(
        string name, string type, string description, DataField field, Func<TRow, T> value, Func<T, string> text)
        where T : struct
    {
        _columns.Add(new ValueColumn<TRow, T>(name, type, description, field, value, text));
        return this;
    }

    /// <summary>
    /// Writes the rows as Parquet (Snappy) into <paramref name="destination"/>, which is left open. For stores that
    /// are not a folder, such as blob storage: write to a temporary stream, then upload it whole.
    /// </summary>
    public async Task WriteParquetAsync(
        Stream destination, IReadOnlyList<TRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(rows);
        var array = rows as TRow[] ?? rows.ToArray();
        var writer = await ParquetWriter.CreateAsync(
            Schema, destination, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, false,
            cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            // An empty table still gets one empty row group, so its schema can be read back.
            for (var start = 0; start < Math.Max(1, array.Length); start += RowGroupSize)
            {
                var count = Math.Min(RowGroupSize, array.Length - start);
                var slice = new ArraySegment<TRow>(array, start, count);
                using var group = writer.CreateRowGroup();
                foreach (var column in _columns)
                {
                    await column.WriteAsync(group, slice, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Writes the rows as CSV into <paramref name="destination"/>, which is left open.</summary>
    public async Task WriteCsvAsync(
        Stream destination, IReadOnlyList<TRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(rows);
        var writer = new StreamWriter(destination, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var line = new StringBuilder();
            await writer.WriteAsync(string.Join(',', _columns.Select(c => Quote(c.Name))) + "\r\n")
                .ConfigureAwait(false);
            foreach (var row in rows)
            {
                line.Clear();
                for (var i = 0; i < _columns.Count; i++)
                {
                    if (i > 0)
                    {
                        line.Append(',');
                    }

                    line.Append(Quote(_columns[i].Text(row)));
                }

                line.Append("\r\n");
                await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteParquetAsync(string path, TRow[] rows, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, true);
        await using (stream.ConfigureAwait(false))
        {
            await WriteParquetAsync(stream, rows, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private async Task WriteCsvAsync(string path, TRow[] rows, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, true);
        await using (stream.ConfigureAwait(false))
        {
            await WriteCsvAsync(stream, rows, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }

    // RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled.
    internal static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

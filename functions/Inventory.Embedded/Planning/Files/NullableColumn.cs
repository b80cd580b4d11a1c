using Parquet;
using Parquet.Schema;

namespace Inventory.Embedded.Planning.Files;

/// <summary>A column of a struct type whose values may be missing (null: undefined).</summary>
internal sealed class NullableColumn<TRow, T>(
    string name, string type, string description, DataField field, Func<TRow, T?> value, Func<T, string> text)
    : TableColumn<TRow>(name, type, description)
    where T : struct
{
    public override DataField Field { get; } = field;

    internal override Task WriteAsync(
        ParquetRowGroupWriter writer, ArraySegment<TRow> rows, CancellationToken cancellationToken)
    {
        var values = new T?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(rows[i]);
        }

        return writer.WriteAsync<T>(Field, values.AsMemory(), null, null, cancellationToken);
    }

    internal override string Text(TRow row) => value(row) is { } v ? text(v) : string.Empty;
}

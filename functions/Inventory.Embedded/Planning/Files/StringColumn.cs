using Parquet;
using Parquet.Schema;

namespace Inventory.Embedded.Planning.Files;

/// <summary>A text column; a null value is written as empty text.</summary>
internal sealed class StringColumn<TRow>(string name, string description, Func<TRow, string?> value)
    : TableColumn<TRow>(name, "text", description)
{
    public override DataField Field { get; } = new DataField<string>(name);

    internal override Task WriteAsync(
        ParquetRowGroupWriter writer, ArraySegment<TRow> rows, CancellationToken cancellationToken)
    {
        var values = new string[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(rows[i]) ?? string.Empty;
        }

        return writer.WriteAsync(Field, values);
    }

    internal override string Text(TRow row) => value(row) ?? string.Empty;
}

using Parquet;
using Parquet.Schema;

namespace Inventory.Embedded.Planning.Files;

/// <summary>One column of an exported table: its Parquet field, how to write a slice of rows, and its CSV text.</summary>
/// <typeparam name="TRow">The row type of the table.</typeparam>
public abstract class TableColumn<TRow>
{
    /// <summary>Creates a column.</summary>
    protected TableColumn(string name, string type, string description)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The column's name in Parquet, CSV and Power BI.</summary>
    public string Name { get; }

    /// <summary>The column's type as documented: <c>text</c>, <c>int32</c>, <c>int64</c>, <c>double</c>, <c>decimal(18,4)</c>, <c>bool</c>, <c>date</c>.</summary>
    public string Type { get; }

    /// <summary>What the column holds, for the documentation.</summary>
    public string Description { get; }

    /// <summary>The Parquet field.</summary>
    public abstract DataField Field { get; }

    /// <summary>Writes the column's values of <paramref name="rows"/> into a row group.</summary>
    internal abstract Task WriteAsync(
        ParquetRowGroupWriter writer, ArraySegment<TRow> rows, CancellationToken cancellationToken);

    /// <summary>The CSV text of one value, unquoted; empty for null.</summary>
    internal abstract string Text(TRow row);
}

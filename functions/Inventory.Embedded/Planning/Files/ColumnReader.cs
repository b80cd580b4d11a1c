using Parquet;
using Parquet.Schema;

namespace Inventory.Embedded.Planning.Files;

/// <summary>
/// Reads columns of daily fact files into buffers that are reused from row group to row group and file to file,
/// and hands out text values from a pool, so streaming a year of facts allocates almost nothing per row: each SKU,
/// channel and location string exists once however many rows name it.
/// </summary>
internal sealed class ColumnReader
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, Array> _buffers = new(StringComparer.Ordinal);
    private ReadOnlyMemory<char>[] _text = [];
    private int[] _levels = [];

    public ColumnReader() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a text column into the named buffer.</summary>
    public async Task<string[]> TextAsync(
        ParquetRowGroupReader group, DataField[] fields, string name, int rows, CancellationToken cancellationToken)
    {
        var field = Field(fields, name);
        if (_text.Length < rows)
        {
            _text = new ReadOnlyMemory<char>[rows];
            _levels = new int[rows];
        }

        Memory<int>? levels = field.MaxDefinitionLevel > 0 ? _levels.AsMemory(0, rows) : null;
        await group.ReadRawAsync(field, _text.AsMemory(0, rows), levels, null, cancellationToken).ConfigureAwait(false);
        if (field.MaxDefinitionLevel > 0 && _levels.AsSpan(0, rows).ContainsAnyExcept(field.MaxDefinitionLevel))
        {
            throw new InvalidDataException($"Column '{name}' of a daily fact file holds nulls; rewrite the day with the roll-up.");
        }

        var values = Buffer<string>(name, rows);
        for (var i = 0; i < rows; i++)
        {
            values[i] = Intern(_text[i].Span);
        }

        return values;
    }

    /// <summary>Reads a column of non-null values into the named buffer.</summary>
    public async Task<T[]> ValuesAsync<T>(
        ParquetRowGroupReader group, DataField[] fields, string name, int rows, CancellationToken cancellationToken)
        where T : struct
    {
        var values = Buffer<T>(name, rows);
        await group.ReadAsync<T>(Field(fields, name), values.AsMemory(0, rows), null, cancellationToken)
            .ConfigureAwait(false);
        return values;
    }

    private static DataField Field(DataField[] fields, string name) =>
        Array.Find(fields, f => f.Name == name)
        ?? throw new InvalidDataException($"A daily fact file has no column '{name}'; rewrite the day with the roll-up.");

    private string Intern(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var value))
        {
            return value;
        }

        value = text.ToString();
        _strings[value] = value;
        return value;
    }

    private T[] Buffer<T>(string name, int rows)
    {
        if (_buffers.TryGetValue(name, out var existing) && existing.Length >= rows && existing is T[] typed)
        {
            return typed;
        }

        typed = new T[Math.Max(rows, 1024)];
        _buffers[name] = typed;
        return typed;
    }
}

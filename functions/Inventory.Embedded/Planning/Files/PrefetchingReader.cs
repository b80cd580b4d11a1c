using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Parquet;
using Parquet.Schema;

namespace Inventory.Embedded.Planning.Files;

/// <summary>
/// Streams the rows of one table over a range of date folders. Two decoders take alternate days on other threads
/// while the caller consumes, so decoding and the caller's work share the cores; rows therefore arrive grouped by
/// row group but not in date order (each row carries its date). At most four batches exist at once and their
/// arrays are reused, so memory stays bounded by four row groups.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class PrefetchingReader<T>
    where T : struct
{
    private const int Batches = 4;
    private const int Decoders = 2;

    private readonly Func<DateOnly, string> _pathOf;
    private readonly Func<ColumnReader, ParquetRowGroupReader, DataField[], DateOnly, T[], int, CancellationToken, Task> _fill;

    public PrefetchingReader(
        Func<DateOnly, string> pathOf,
        Func<ColumnReader, ParquetRowGroupReader, DataField[], DateOnly, T[], int, CancellationToken, Task> fill)
    {
        _pathOf = pathOf;
        _fill = fill;
    }

    public async IAsyncEnumerable<T> ReadAsync(
        DateOnly first, DateOnly last, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var full = Channel.CreateBounded<(T[] Rows, int Count)>(Batches - 1);
        var empty = Channel.CreateUnbounded<T[]>();
        for (var i = 0; i < Batches; i++)
        {
            empty.Writer.TryWrite([]);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var remaining = Decoders;
        var producers = Enumerable.Range(0, Decoders).Select(offset => Task.Run(
            async () =>
            {
                try
                {
                    await ProduceAsync(first.AddDays(offset), last, full.Writer, empty.Reader, stop.Token)
                        .ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    full.Writer.TryComplete(error);
                    throw;
                }

                if (Interlocked.Decrement(ref remaining) == 0)
                {
                    full.Writer.TryComplete();
                }
            },
            stop.Token)).ToArray();
        try
        {
            await foreach (var (rows, count) in full.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                for (var i = 0; i < count; i++)
                {
                    yield return rows[i];
                }

                empty.Writer.TryWrite(rows);
            }
        }
        finally
        {
            // A consumer that stops early (or fails) stops the producer too.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(producers).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }
    }

    private async Task ProduceAsync(
        DateOnly first,
        DateOnly last,
        ChannelWriter<(T[] Rows, int Count)> full,
        ChannelReader<T[]> empty,
        CancellationToken cancellationToken)
    {
        var columns = new ColumnReader();
        for (var day = first; day <= last; day = day.AddDays(Decoders))
        {
            var path = _pathOf(day);
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
                var count = (int)group.RowCount;
                var rows = await empty.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (rows.Length < count)
                {
                    rows = new T[count];
                }

                await _fill(columns, group, fields, day, rows, count, cancellationToken).ConfigureAwait(false);
                await full.WriteAsync((rows, count), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

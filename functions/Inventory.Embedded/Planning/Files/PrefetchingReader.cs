using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Parquet;
using Parquet.Schema;

namespace Inventory.Embedded.Planning.Files;

/// <summary>
/// Streams the rows of one table over a range of date folders, in date order. Two decoders take alternate days on
/// other threads while the caller consumes, so decoding and the caller's work share the cores; the caller takes each
/// day from the decoder that owns it, so the order, and every sum built from it, is the same on every run. Each
/// decoder has three batches whose arrays are reused, so memory stays bounded by six row groups.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class PrefetchingReader<T>
    where T : struct
{
    private const int BatchesPerDecoder = 3;
    private const int Decoders = 2;

    private readonly Func<DateOnly, CancellationToken, Task<Stream?>> _open;
    private readonly Func<ColumnReader, ParquetRowGroupReader, DataField[], DateOnly, T[], int, CancellationToken, Task> _fill;

    public PrefetchingReader(
        Func<DateOnly, CancellationToken, Task<Stream?>> open,
        Func<ColumnReader, ParquetRowGroupReader, DataField[], DateOnly, T[], int, CancellationToken, Task> fill)
    {
        _open = open;
        _fill = fill;
    }

    public async IAsyncEnumerable<T> ReadAsync(
        DateOnly first, DateOnly last, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var decoders = Enumerable.Range(0, Decoders).Select(offset => new Decoder(first.AddDays(offset))).ToArray();
        var tasks = decoders.Select(d => Task.Run(() => DecodeAsync(d, last, stop.Token), stop.Token)).ToArray();
        try
        {
            for (var (day, i) = (first, 0); day <= last; day = day.AddDays(1), i++)
            {
                var decoder = decoders[i % Decoders];

                // A batch with no rows array marks the end of the day.
                while (await decoder.Full.Reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { Rows: { } rows } batch)
                {
                    for (var r = 0; r < batch.Count; r++)
                    {
                        yield return rows[r];
                    }

                    decoder.Empty.Writer.TryWrite(rows);
                }
            }
        }
        finally
        {
            // A consumer that stops early (or fails) stops the decoders too.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(tasks).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }
    }

    private async Task DecodeAsync(Decoder decoder, DateOnly last, CancellationToken cancellationToken)
    {
        try
        {
            var columns = new ColumnReader();
            for (var day = decoder.First; day <= last; day = day.AddDays(Decoders))
            {
                // A day without a file (null stream) has no rows.
                var stream = await _open(day, cancellationToken).ConfigureAwait(false);
                if (stream is not null)
                {
                    await using (stream.ConfigureAwait(false))
                    {
                        await DecodeFileAsync(decoder, columns, stream, day, cancellationToken).ConfigureAwait(false);
                    }
                }

                await decoder.Full.Writer.WriteAsync((null, 0), cancellationToken).ConfigureAwait(false);
            }

            decoder.Full.Writer.TryComplete();
        }
        catch (Exception error)
        {
            decoder.Full.Writer.TryComplete(error);
            throw;
        }
    }

    private async Task DecodeFileAsync(
        Decoder decoder, ColumnReader columns, Stream file, DateOnly day, CancellationToken cancellationToken)
    {
        var reader = await ParquetReader.CreateAsync(file, null, true, cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        var fields = reader.Schema.DataFields;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var rows = await decoder.Empty.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Length < count)
            {
                rows = new T[count];
            }

            await _fill(columns, group, fields, day, rows, count, cancellationToken).ConfigureAwait(false);
            await decoder.Full.Writer.WriteAsync((rows, count), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One decoder's days, its decoded batches and its free arrays.</summary>
    private sealed class Decoder
    {
        public Decoder(DateOnly first)
        {
            First = first;
            for (var i = 0; i < BatchesPerDecoder; i++)
            {
                Empty.Writer.TryWrite([]);
            }
        }

        public DateOnly First { get; }

        public Channel<(T[]? Rows, int Count)> Full { get; } =
            Channel.CreateBounded<(T[]? Rows, int Count)>(BatchesPerDecoder);

        public Channel<T[]> Empty { get; } = Channel.CreateUnbounded<T[]>();
    }
}

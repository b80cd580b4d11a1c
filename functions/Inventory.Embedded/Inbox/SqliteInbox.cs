using System.Collections.Concurrent;
using System.Data;
using System.Threading.Channels;
using Inventory.Core.Messaging;
using Inventory.Embedded.Stock;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Inbox;

/// <summary>
/// The embedded queue between intake and the event processor, in its own SQLite file so that intake and the stock
/// writer never wait for each other's lock. Publishing commits before it returns (group commit across concurrent
/// callers), so a webhook answered 200 survives a crash. Message ids are unique while a message waits.
/// One connection writes the file: the consumer's settlements go through the same loop as the publishes and share
/// their transactions, because a second writer would make each wait in SQLite's busy handler, which sleeps for
/// milliseconds at a time and capped intake at about a thousand webhooks a second.
/// Envelopes are serialized by the publishing caller, not the writer loop, so the one writer thread spends its time on
/// SQLite only; its insert statement is prepared once and reused for every row. The envelopes just committed are kept
/// in memory until the consumer takes them, so in steady state a body is not parsed back into the envelope it was
/// written from; after a restart, or for a body that differs from what was written, the consumer parses the row.
/// A message's <c>seq</c> is a plain integer key (SQLite gives the largest present plus one), not
/// <c>AUTOINCREMENT</c>, which rewrites <c>sqlite_sequence</c> per row: a number freed by a settled message may come
/// back once the queue has drained past it, but never below a message still waiting, so arrival order holds.
/// </summary>
public sealed partial class SqliteInbox : IMovementPublisher, IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS inbox (
            seq INTEGER PRIMARY KEY,
            message_id TEXT NOT NULL UNIQUE,
            session TEXT NOT NULL,
            body BLOB NOT NULL,
            enqueued_ticks INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            available_ticks INTEGER NOT NULL,
            last_error TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS inbox_by_session ON inbox (session, seq);
        CREATE TABLE IF NOT EXISTS dead_letters (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id TEXT NOT NULL,
            session TEXT NOT NULL,
            body BLOB NOT NULL,
            reason_code TEXT NOT NULL,
            reason TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            dead_ticks INTEGER NOT NULL
        );
        """;

    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly SqliteConnections _connections;
    private readonly SqliteConnection _writer;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteInbox> _logger;
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly SqliteCommand _insert;
    private readonly ConcurrentDictionary<string, InboxRow> _committed = new(StringComparer.Ordinal);
    private readonly Task _loop;
    private long _delayedUntilTicks;

    /// <summary>Opens (and if needed creates) the inbox beside the stock database.</summary>
    public SqliteInbox(
        IOptions<SqliteStoreOptions> store,
        IOptions<InboxOptions> options,
        TimeProvider time,
        ILogger<SqliteInbox> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var inboxFile = new SqliteStoreOptions
        {
            DataDirectory = store.Value.DataDirectory,
            DatabaseFileName = options.Value.DatabaseFileName,
            FlushEveryCommit = store.Value.FlushEveryCommit,
        };
        _connections = new SqliteConnections(inboxFile);
        _time = time;
        _logger = logger;
        _writer = _connections.Open();
        using (var create = _writer.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        // Messages left waiting for a retry by an earlier run: until that time the consumer checks per-SKU holds.
        using (var delayed = _writer.CreateCommand())
        {
            delayed.CommandText = "SELECT COALESCE(MAX(available_ticks), 0) FROM inbox WHERE attempts > 0";
            _delayedUntilTicks = (long)delayed.ExecuteScalar()!;
        }

        _insert = _writer.CreateCommand();
        _insert.CommandText = "INSERT INTO inbox (message_id, session, body, enqueued_ticks, available_ticks) "
            + "VALUES ($id, $session, $body, $now, $now) ON CONFLICT (message_id) DO NOTHING";
        _insert.Parameters.Add("$id", SqliteType.Text);
        _insert.Parameters.Add("$session", SqliteType.Text);
        _insert.Parameters.Add("$body", SqliteType.Blob);
        _insert.Parameters.Add("$now", SqliteType.Integer);

        _loop = Task.Run(RunAsync);
    }

    /// <summary>Signalled when messages arrive, so the consumer need not poll.</summary>
    internal SemaphoreSlim Arrived => _arrived;

    internal SqliteConnections Connections => _connections;

    /// <summary>
    /// Whether some message may be waiting for a retry time after <paramref name="nowTicks"/>. While none is, every
    /// message is due and the consumer can take them in order without checking for held-back SKUs.
    /// </summary>
    internal bool MayHoldDelayed(long nowTicks) => Interlocked.Read(ref _delayedUntilTicks) > nowTicks;

    /// <summary>
    /// The envelope a committed message was written from, when this process wrote it and its stored body is still
    /// byte for byte what was written; otherwise null and the caller parses the body. Takes it out of memory.
    /// </summary>
    internal MovementEnvelope? TakeCommitted(string messageId, ReadOnlySpan<byte> storedBody) =>
        _committed.TryRemove(messageId, out var row) && row.Body.AsSpan().SequenceEqual(storedBody)
            ? row.Envelope
            : null;

    /// <summary>Records that a message waits until <paramref name="ticks"/> (the consumer's settlement calls it).
    /// </summary>
    internal void NoteDelayedUntil(long ticks)
    {
        var seen = Interlocked.Read(ref _delayedUntilTicks);
        while (ticks > seen)
        {
            var previous = Interlocked.CompareExchange(ref _delayedUntilTicks, ticks, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    /// <inheritdoc />
    public Task PublishAsync(IReadOnlyList<MovementEnvelope> envelopes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        if (envelopes.Count == 0)
        {
            return Task.CompletedTask;
        }

        var rows = new InboxRow[envelopes.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var envelope = envelopes[i];
            rows[i] = new InboxRow(envelope, MovementProcessor.WriteEnvelope(envelope));
        }

        return Enqueue(new PendingWrite(rows, null));
    }

    /// <summary>
    /// Runs <paramref name="write"/> in the writer's next transaction, beside the publishes waiting then; completes
    /// once that transaction has committed. A failure of the write fails the whole transaction.
    /// </summary>
    internal Task WriteAsync(Action<SqliteConnection, SqliteTransaction> write) =>
        Enqueue(new PendingWrite([], write));

    /// <summary>Lists dead letters, newest first.</summary>
    public IReadOnlyList<DeadLetter> ListDeadLetters(int limit)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT message_id, session, reason_code, reason, attempts, dead_ticks, body "
            + "FROM dead_letters ORDER BY seq DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 10_000));
        var letters = new List<DeadLetter>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            letters.Add(new DeadLetter(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero),
                System.Text.Encoding.UTF8.GetString((byte[])reader.GetValue(6))));
        }

        return letters;
    }

    /// <summary>How many messages wait to be applied.</summary>
    public long CountPending()
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM inbox";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>How many messages were given up on and wait in the dead letters.</summary>
    public long CountDeadLetters()
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM dead_letters";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Finishes the queued publishes and closes the inbox.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        await _insert.DisposeAsync().ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
        _arrived.Dispose();
    }

    private Task Enqueue(PendingWrite pending)
    {
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SqliteInbox), "The inbox is shutting down.");
        }

        return pending.Completion.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>();
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < 512 && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                Write(batch);
            }
            catch (Exception error) when (error is SqliteException or IOException or InvalidOperationException)
            {
                LogPublishFailed(_logger, error, batch.Count);
                batch.ForEach(p => p.Completion.TrySetException(error));
                continue;
            }

            batch.ForEach(p => p.Completion.TrySetResult());
            if (batch.Exists(p => p.Rows.Length > 0))
            {
                _arrived.Release();
            }
        }
    }

    private void Write(List<PendingWrite> batch)
    {
        var inserted = new List<InboxRow>();
        using var transaction = _writer.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        // By position, in the order they were added: a lookup by name searches the collection for every row.
        var parameters = _insert.Parameters;
        _insert.Transaction = transaction;
        parameters[3].Value = _time.GetUtcNow().UtcTicks;
        foreach (var pending in batch)
        {
            foreach (var row in pending.Rows)
            {
                parameters[0].Value = row.Envelope.MessageId;
                parameters[1].Value = row.Envelope.SessionId;
                parameters[2].Value = row.Body;
                if (_insert.ExecuteNonQuery() == 1)
                {
                    inserted.Add(row);
                }
            }
        }

        foreach (var pending in batch)
        {
            pending.Write?.Invoke(_writer, transaction);
        }

        // Kept before the commit makes the rows visible, so the consumer cannot read one before it is here (which
        // would leave it here for good); a row that was already waiting was not inserted and keeps its own.
        foreach (var row in inserted)
        {
            _committed[row.Envelope.MessageId] = row;
        }

        try
        {
            transaction.Commit();
        }
        catch
        {
            foreach (var row in inserted)
            {
                _committed.TryRemove(row.Envelope.MessageId, out _);
            }

            throw;
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Error,
        Message = "{Count} inbox writes could not be committed; their deliveries were not acknowledged and their "
            + "settlements will be redelivered")]
    private static partial void LogPublishFailed(ILogger logger, Exception error, int count);

    private readonly record struct InboxRow(MovementEnvelope Envelope, byte[] Body);

    private sealed class PendingWrite(InboxRow[] rows, Action<SqliteConnection, SqliteTransaction>? write)
    {
        public InboxRow[] Rows { get; } = rows;

        public Action<SqliteConnection, SqliteTransaction>? Write { get; } = write;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

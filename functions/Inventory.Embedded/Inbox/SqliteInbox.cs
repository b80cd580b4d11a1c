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
/// </summary>
public sealed partial class SqliteInbox : IMovementPublisher, IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS inbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
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

    private readonly Channel<PendingPublish> _queue = Channel.CreateUnbounded<PendingPublish>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly SqliteConnections _connections;
    private readonly SqliteConnection _writer;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteInbox> _logger;
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _loop;

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

        _loop = Task.Run(RunAsync);
    }

    /// <summary>Signalled when messages arrive, so the consumer need not poll.</summary>
    internal SemaphoreSlim Arrived => _arrived;

    internal SqliteConnections Connections => _connections;

    /// <inheritdoc />
    public Task PublishAsync(IReadOnlyList<MovementEnvelope> envelopes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        if (envelopes.Count == 0)
        {
            return Task.CompletedTask;
        }

        var pending = new PendingPublish(envelopes);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SqliteInbox), "The inbox is shutting down.");
        }

        return pending.Completion.Task;
    }

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
        await _writer.DisposeAsync().ConfigureAwait(false);
        _arrived.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingPublish>();
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
            catch (Exception error) when (error is SqliteException or IOException)
            {
                LogPublishFailed(_logger, error, batch.Count);
                batch.ForEach(p => p.Completion.TrySetException(error));
                continue;
            }

            batch.ForEach(p => p.Completion.TrySetResult());
            _arrived.Release();
        }
    }

    private void Write(List<PendingPublish> batch)
    {
        using var transaction = _writer.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        using var insert = _writer.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO inbox (message_id, session, body, enqueued_ticks, available_ticks) "
            + "VALUES ($id, $session, $body, $now, $now) ON CONFLICT (message_id) DO NOTHING";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var session = insert.Parameters.Add("$session", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Blob);
        insert.Parameters.AddWithValue("$now", _time.GetUtcNow().UtcTicks);

        foreach (var envelope in batch.SelectMany(p => p.Envelopes))
        {
            id.Value = envelope.MessageId;
            session.Value = envelope.SessionId;
            body.Value = MovementProcessor.WriteEnvelope(envelope);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Error,
        Message = "{Count} publishes could not be committed to the inbox; their deliveries were not acknowledged")]
    private static partial void LogPublishFailed(ILogger logger, Exception error, int count);

    private sealed class PendingPublish(IReadOnlyList<MovementEnvelope> envelopes)
    {
        public IReadOnlyList<MovementEnvelope> Envelopes { get; } = envelopes;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

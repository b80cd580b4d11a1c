using System.Globalization;
using System.Text;
using Inventory.Core.Messaging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Inbox;

/// <summary>
/// Drains the embedded inbox through the event processor. One SKU's messages are applied one at a time in the order
/// they arrived, different SKUs side by side; a message that fails transiently holds back the later messages of its
/// SKU until its retry, as a Service Bus session would. A message is removed only after its outcome is known, so a
/// crash at any point means redelivery, which the stock store's idempotency turns into no double apply.
/// A round's movements go to the store in one call (<see cref="MovementProcessor.ProcessInOrderAsync"/>), which the
/// SQLite store writes in one transaction; the store keeps a SKU's later movements back once one of them fails.
/// </summary>
public sealed partial class InboxConsumer(
    SqliteInbox inbox,
    MovementProcessor processor,
    IOptions<InboxOptions> options,
    TimeProvider time,
    ILogger<InboxConsumer> logger) : BackgroundService
{
    private readonly InboxOptions _options = options.Value;

    /// <summary>Processes one round: the oldest available messages. Returns how many were settled.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var messages = Fetch();
        if (messages.Count == 0)
        {
            return 0;
        }

        var settled = new List<Settlement>(messages.Count);
        var ready = new List<InboxMessage>(messages.Count);
        var envelopes = new List<MovementEnvelope>(messages.Count);
        foreach (var message in messages)
        {
            if (Read(message) is { } envelope)
            {
                ready.Add(message);
                envelopes.Add(envelope);
            }
            else
            {
                settled.Add(Poison(message));
            }
        }

        var results = await ProcessAsync(ready, envelopes, cancellationToken).ConfigureAwait(false);

        // Later messages of a SKU wait for one that is to be retried, or per-SKU order would break; the store left
        // them alone (null), and any result after a retry of the same SKU is not settled either.
        HashSet<string>? retried = null;
        for (var i = 0; i < ready.Count; i++)
        {
            var message = ready[i];
            if (results[i] is not { } result || retried?.Contains(message.Session) == true)
            {
                continue;
            }

            if (result.Decision == ProcessingDecision.Retry)
            {
                (retried ??= new HashSet<string>(StringComparer.Ordinal)).Add(message.Session);
            }

            settled.Add(new Settlement(message, result.Decision, result.ReasonCode ?? "Transient", result.Reason));
        }

        await inbox.WriteAsync((connection, transaction) => Settle(connection, transaction, settled))
            .ConfigureAwait(false);
        return settled.Count;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int settled;
            try
            {
                settled = await DrainOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is SqliteException or IOException)
            {
                LogRoundFailed(logger, error);
                settled = 0;
            }

            if (settled == 0)
            {
                try
                {
                    await inbox.Arrived.WaitAsync(_options.IdlePoll, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    // The round's movements go to the store together, in arrival order: one transaction and one answer for all of
    // them instead of a hand-over, a commit wait and a continuation per message.
    private async Task<IReadOnlyList<ProcessingResult?>> ProcessAsync(
        List<InboxMessage> messages, List<MovementEnvelope> envelopes, CancellationToken token)
    {
        if (envelopes.Count == 0)
        {
            return [];
        }

        try
        {
            return await processor.ProcessInOrderAsync(envelopes, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure of the round must turn into retries, never stop the consumer.
        catch (Exception error)
#pragma warning restore CA1031
        {
            LogProcessingFailed(logger, error, messages.Count);
            var retry = new ProcessingResult(ProcessingDecision.Retry, error.Message, null);
            return messages.Select(_ => (ProcessingResult?)retry).ToList();
        }
    }

    // The envelope the message holds, or null when it is poison (not an envelope, or not for the message's SKU).
    private MovementEnvelope? Read(InboxMessage message)
    {
        var envelope = inbox.TakeCommitted(message.MessageId, message.Body);
        if (envelope is null && !MovementProcessor.TryReadEnvelope(message.Body, out envelope, out _))
        {
            return null;
        }

        return envelope!.SessionId == message.Session ? envelope : null;
    }

    private static Settlement Poison(InboxMessage message)
    {
        if (!MovementProcessor.TryReadEnvelope(message.Body, out var envelope, out var problem))
        {
            return new Settlement(message, ProcessingDecision.DeadLetter, "PoisonMessage", problem);
        }

        return new Settlement(message, ProcessingDecision.DeadLetter, "PoisonMessage",
            $"The message was queued for SKU '{message.Session}' but holds a movement for '{envelope!.SessionId}'.");
    }

    private List<InboxMessage> Fetch()
    {
        using var connection = inbox.Connections.Open();
        using var command = connection.CreateCommand();
        var now = time.GetUtcNow().UtcTicks;

        // A message is due when its retry time has come and no older message of its SKU is still waiting. While no
        // message waits for a retry at all, every message is due: the oldest are taken in order without the per-row
        // check, which is most of the query's cost under load.
        command.CommandText = inbox.MayHoldDelayed(now)
            ? """
              SELECT seq, message_id, session, body, attempts FROM inbox AS m
              WHERE m.available_ticks <= $now
                AND NOT EXISTS (SELECT 1 FROM inbox AS w
                                WHERE w.session = m.session AND w.seq < m.seq AND w.available_ticks > $now)
              ORDER BY seq LIMIT $take
              """
            : "SELECT seq, message_id, session, body, attempts FROM inbox ORDER BY seq LIMIT $take";
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$take", _options.FetchSize);
        var messages = new List<InboxMessage>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            messages.Add(new InboxMessage(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), (byte[])reader.GetValue(3),
                reader.GetInt32(4)));
        }

        return messages;
    }

    // Runs inside the inbox writer's transaction (see SqliteInbox.WriteAsync), which commits it. Each statement is
    // prepared once per round and bound per message: preparing one per message cost more than running it. The
    // round's removals are one statement over a JSON array of sequence numbers, not one statement a message.
    private void Settle(SqliteConnection connection, SqliteTransaction transaction, List<Settlement> settled)
    {
        var now = time.GetUtcNow();
        var removed = new StringBuilder("[", 2 + (settled.Count * 12));
        SqliteCommand? retry = null;
        SqliteCommand? deadLetter = null;
        try
        {
            foreach (var s in settled)
            {
                var attempts = s.Message.Attempts + 1;
                var decision = s.Decision == ProcessingDecision.Retry && attempts >= _options.MaxDeliveryCount
                    ? ProcessingDecision.DeadLetter
                    : s.Decision;
                var code = decision != s.Decision ? "MaxDeliveryCountExceeded" : s.ReasonCode;

                switch (decision)
                {
                    case ProcessingDecision.Complete:
                        break;

                    case ProcessingDecision.Retry:
                        var delay = TimeSpan.FromTicks(Math.Min(
                            _options.RetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20)),
                            TimeSpan.FromMinutes(1).Ticks));
                        var at = (now + delay).UtcTicks;
                        inbox.NoteDelayedUntil(at);
                        retry ??= Command(connection, transaction,
                            "UPDATE inbox SET attempts = $attempts, available_ticks = $at, last_error = $error "
                            + "WHERE seq = $seq",
                            "$attempts", "$at", "$error", "$seq");
                        Run(retry, attempts, at, s.Reason ?? string.Empty, s.Message.Seq);
                        continue;

                    default:
                        LogDeadLettered(logger, s.Message.MessageId, s.Message.Session, code, s.Reason ?? string.Empty);
                        deadLetter ??= Command(connection, transaction,
                            "INSERT INTO dead_letters (message_id, session, body, reason_code, reason, attempts, "
                            + "dead_ticks) VALUES ($id, $session, $body, $code, $reason, $attempts, $now)",
                            "$id", "$session", "$body", "$code", "$reason", "$attempts", "$now");
                        Run(deadLetter, s.Message.MessageId, s.Message.Session, s.Message.Body, code,
                            s.Reason ?? string.Empty, attempts, now.UtcTicks);
                        break;
                }

                removed.Append(removed.Length == 1 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{s.Message.Seq}");
            }
        }
        finally
        {
            retry?.Dispose();
            deadLetter?.Dispose();
        }

        if (removed.Length > 1)
        {
            using var delete = Command(connection, transaction,
                "DELETE FROM inbox WHERE seq IN (SELECT value FROM json_each($seqs))", "$seqs");
            Run(delete, removed.Append(']').ToString());
        }
    }

    private static SqliteCommand Command(
        SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    [LoggerMessage(EventId = 3211, Level = LogLevel.Warning,
        Message = "Dead-lettered {MessageId} for SKU {Sku} ({ReasonCode}): {Reason}")]
    private static partial void LogDeadLettered(
        ILogger logger, string messageId, string sku, string reasonCode, string reason);

    [LoggerMessage(EventId = 3212, Level = LogLevel.Error,
        Message = "Processing a round of {Count} inbox messages failed; each will be delivered again")]
    private static partial void LogProcessingFailed(ILogger logger, Exception error, int count);

    [LoggerMessage(EventId = 3213, Level = LogLevel.Error,
        Message = "An inbox round failed; the consumer will try again")]
    private static partial void LogRoundFailed(ILogger logger, Exception error);

    private sealed record Settlement(
        InboxMessage Message, ProcessingDecision Decision, string ReasonCode, string? Reason);
}

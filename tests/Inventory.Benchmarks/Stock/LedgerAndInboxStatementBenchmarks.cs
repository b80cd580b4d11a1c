using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Inventory.Embedded.Inbox;
using Inventory.Embedded.Stock;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Benchmarks.Stock;

/// <summary>
/// The per-message SQLite statements the consumer side changed, old and new side by side on the real schemas, each
/// invocation one transaction of <see cref="Round"/> messages (times are per message):
/// recording a new movement in the ledger (look the id up, then insert; or insert and let the unique id refuse a
/// redelivery), and removing a round's messages from the inbox (one delete each, or one for the round; both
/// include inserting the rows first).
/// </summary>
[MemoryDiagnoser]
public class LedgerAndInboxStatementBenchmarks
{
    private const int Round = 256;

    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "inventory-bench", Guid.NewGuid().ToString("N"));

    private readonly string _entry = new StringBuilder()
        .Append("{\"movementId\":\"shopify:order:5632145698741:line:13579246801\",\"kind\":\"orderLineCommitted\",")
        .Append("\"sku\":\"SKU-04217\",\"location\":\"WH-MAIN\",\"deltas\":{\"onHand\":0,\"committed\":2,")
        .Append("\"unavailable\":0,\"incoming\":0,\"inTransit\":0},\"quantitiesAfter\":{\"onHand\":1000,")
        .Append("\"committed\":14,\"unavailable\":0,\"incoming\":0,\"inTransit\":0,\"available\":986,")
        .Append("\"inventoryPosition\":986},\"stockVersion\":15,\"quantity\":2,\"reference\":\"#1042\",")
        .Append("\"source\":{\"channel\":\"shopify\",\"externalId\":\"5632145698741\"},")
        .Append("\"occurredAt\":\"2026-12-03T18:20:00+00:00\",\"recordedAt\":\"2026-12-03T18:20:00.007+00:00\",")
        .Append("\"valueDelta\":0,\"oversoldUnits\":0,\"fingerprint\":\"0f3c9a5e1b2d4c6e8a0b1c2d3e4f5a6b\"}")
        .ToString();

    private readonly byte[] _body = new byte[420];
    private SqliteConnection _connection = null!;
    private SqliteInbox? _inbox;
    private SqliteCommand _find = null!;
    private SqliteCommand _insertEntry = null!;
    private SqliteCommand _insertMessage = null!;
    private SqliteCommand _deleteOne = null!;
    private SqliteCommand _deleteRound = null!;
    private long _next;

    [GlobalSetup]
    public void Setup()
    {
        var options = new SqliteStoreOptions { DataDirectory = _directory, FlushEveryCommit = false };
        _inbox = new SqliteInbox(Options.Create(options), Options.Create(new InboxOptions()), TimeProvider.System,
            NullLogger<SqliteInbox>.Instance);
        _connection = new SqliteConnections(options).Open();
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = SqliteSchema.Create;
            create.ExecuteNonQuery();
        }

        _inbox.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _inbox = null;
        using (var attach = _connection.CreateCommand())
        {
            attach.CommandText = $"ATTACH DATABASE '{Path.Combine(_directory, "inbox.db")}' AS q";
            attach.ExecuteNonQuery();
        }

        _find = Command("SELECT entry FROM ledger WHERE movement_id = $id", "$id");
        _insertEntry = Command(
            "INSERT INTO ledger (movement_id, sku, location, recorded_ticks, entry) "
            + "VALUES ($id, 'SKU-04217', 'WH-MAIN', $ticks, $json)",
            "$id", "$ticks", "$json");
        _insertMessage = Command(
            "INSERT INTO q.inbox (message_id, session, body, enqueued_ticks, available_ticks) "
            + "VALUES ($id, 'SKU-04217', $body, 0, 0) RETURNING seq",
            "$id", "$body");
        _deleteOne = Command("DELETE FROM q.inbox WHERE seq = $seq", "$seq");
        _deleteRound = Command("DELETE FROM q.inbox WHERE seq IN (SELECT value FROM json_each($seqs))", "$seqs");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var command in new[] { _find, _insertEntry, _insertMessage, _deleteOne, _deleteRound })
        {
            command.Dispose();
        }

        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Round)]
    public void Ledger_LookUpThenInsert() => InTransaction(() =>
    {
        for (var i = 0; i < Round; i++)
        {
            var id = NextId();
            _find.Parameters[0].Value = id;
            if (_find.ExecuteScalar() is null)
            {
                InsertEntry(id);
            }
        }
    });

    [Benchmark(OperationsPerInvoke = Round)]
    public void Ledger_InsertRefusingKnownIds() => InTransaction(() =>
    {
        _insertEntry.CommandText = "INSERT INTO ledger (movement_id, sku, location, recorded_ticks, entry) "
            + "VALUES ($id, 'SKU-04217', 'WH-MAIN', $ticks, $json) ON CONFLICT (movement_id) DO NOTHING";
        for (var i = 0; i < Round; i++)
        {
            InsertEntry(NextId());
        }
    });

    [Benchmark(OperationsPerInvoke = Round)]
    public void Inbox_InsertThenDeleteEach() => InTransaction(() =>
    {
        var seqs = InsertMessages();
        foreach (var seq in seqs)
        {
            _deleteOne.Parameters[0].Value = seq;
            _deleteOne.ExecuteNonQuery();
        }
    });

    [Benchmark(OperationsPerInvoke = Round)]
    public void Inbox_InsertThenDeleteInOneStatement() => InTransaction(() =>
    {
        var seqs = InsertMessages();
        var list = new StringBuilder("[", 2 + (Round * 12));
        foreach (var seq in seqs)
        {
            list.Append(list.Length == 1 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{seq}");
        }

        _deleteRound.Parameters[0].Value = list.Append(']').ToString();
        _deleteRound.ExecuteNonQuery();
    });

    private long[] InsertMessages()
    {
        var seqs = new long[Round];
        for (var i = 0; i < Round; i++)
        {
            _insertMessage.Parameters[0].Value = NextId();
            _insertMessage.Parameters[1].Value = _body;
            seqs[i] = (long)_insertMessage.ExecuteScalar()!;
        }

        return seqs;
    }

    private void InsertEntry(string id)
    {
        _insertEntry.Parameters[0].Value = id;
        _insertEntry.Parameters[1].Value = 638_999_000_000_000_000L;
        _insertEntry.Parameters[2].Value = _entry;
        _insertEntry.ExecuteNonQuery();
    }

    private string NextId() => $"shopify:order:{_next++:D13}:line:13579246801";

    private void InTransaction(Action work)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var command in new[] { _find, _insertEntry, _insertMessage, _deleteOne, _deleteRound })
        {
            command.Transaction = transaction;
        }

        work();
        transaction.Commit();
    }

    private SqliteCommand Command(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}

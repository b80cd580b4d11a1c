using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace Inventory.Benchmarks.Stock;

/// <summary>
/// Appending ledger-shaped rows (a unique movement id, two indexes, a JSON entry) to a table whose key is declared
/// <c>AUTOINCREMENT</c>, beside the same table with a plain integer key, one transaction of <see cref="Round"/> rows
/// per invocation (times are per row). <c>AUTOINCREMENT</c> reads and rewrites the <c>sqlite_sequence</c> row for
/// every insert; a plain key takes the largest key plus one, which only differs once the largest row is deleted.
/// </summary>
[MemoryDiagnoser]
public class RowIdBenchmarks
{
    private const int Round = 256;

    private readonly string _path = Path.Combine(Path.GetTempPath(), "inventory-bench", $"rowid-{Guid.NewGuid():N}.db");
    private readonly string _entry = new('x', 600);
    private SqliteConnection _connection = null!;
    private SqliteCommand _autoincrement = null!;
    private SqliteCommand _plain = null!;
    private long _next;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _connection = new SqliteConnection($"Data Source={_path}");
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                CREATE TABLE counted (seq INTEGER PRIMARY KEY AUTOINCREMENT, movement_id TEXT NOT NULL UNIQUE,
                    sku TEXT NOT NULL, recorded_ticks INTEGER NOT NULL, entry TEXT NOT NULL);
                CREATE INDEX counted_by_sku ON counted (sku, seq);
                CREATE INDEX counted_by_time ON counted (recorded_ticks);
                CREATE TABLE plain (seq INTEGER PRIMARY KEY, movement_id TEXT NOT NULL UNIQUE,
                    sku TEXT NOT NULL, recorded_ticks INTEGER NOT NULL, entry TEXT NOT NULL);
                CREATE INDEX plain_by_sku ON plain (sku, seq);
                CREATE INDEX plain_by_time ON plain (recorded_ticks);
                """;
            create.ExecuteNonQuery();
        }

        _autoincrement = Insert("counted");
        _plain = Insert("plain");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _autoincrement.Dispose();
        _plain.Dispose();
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Round)]
    public void Autoincrement() => Append(_autoincrement);

    [Benchmark(OperationsPerInvoke = Round)]
    public void PlainKey() => Append(_plain);

    private void Append(SqliteCommand insert)
    {
        using var transaction = _connection.BeginTransaction();
        insert.Transaction = transaction;
        var p = insert.Parameters;
        for (var i = 0; i < Round; i++)
        {
            var n = ++_next;
            p[0].Value = "shopify:order:" + n.ToString(CultureInfo.InvariantCulture) + ":line:1:commit";
            p[1].Value = "SKU-" + (n % 10_000).ToString("D5", CultureInfo.InvariantCulture);
            p[2].Value = n;
            p[3].Value = _entry;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private SqliteCommand Insert(string table)
    {
        var command = _connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO {table} (movement_id, sku, recorded_ticks, entry) VALUES ($id, $sku, $ticks, $entry)";
        foreach (var name in new[] { "$id", "$sku", "$ticks", "$entry" })
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}

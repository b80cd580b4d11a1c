using Microsoft.Data.Sqlite;

namespace Inventory.Embedded.Stock;

/// <summary>Opens connections to the embedded database with the settings every connection needs.</summary>
internal sealed class SqliteConnections
{
    private readonly string _connectionString;
    private readonly bool _flushEveryCommit;

    public SqliteConnections(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(Path.GetDirectoryName(options.DatabasePath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _flushEveryCommit = options.FlushEveryCommit;
        DatabasePath = options.DatabasePath;
    }

    public string DatabasePath { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();

        // WAL lets readers run beside the one writer; FULL makes each commit survive a power loss, NORMAL a crash.
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = {(_flushEveryCommit ? "FULL" : "NORMAL")};
            PRAGMA busy_timeout = 30000;
            """;
        pragmas.ExecuteNonQuery();
        return connection;
    }
}

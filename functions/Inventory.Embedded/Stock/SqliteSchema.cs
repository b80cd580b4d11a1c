namespace Inventory.Embedded.Stock;

/// <summary>The tables of the embedded stock store. Created if missing; every statement is idempotent.</summary>
/// <remarks>
/// The ledger's <c>seq</c> is a plain integer key, not <c>AUTOINCREMENT</c>: no ledger row is ever deleted, so the
/// largest key plus one, which SQLite assigns, only ever grows, and paging by <c>seq</c> stays in recording order.
/// <c>AUTOINCREMENT</c> would read and rewrite <c>sqlite_sequence</c> for every entry (see <c>RowIdBenchmarks</c>).
/// Files created before keep their <c>AUTOINCREMENT</c> table, which behaves the same.
/// </remarks>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS stock (
            sku TEXT NOT NULL,
            location TEXT NOT NULL,
            on_hand INTEGER NOT NULL,
            committed INTEGER NOT NULL,
            unavailable INTEGER NOT NULL,
            incoming INTEGER NOT NULL,
            in_transit INTEGER NOT NULL,
            version INTEGER NOT NULL,
            last_unit_cost TEXT NULL,
            updated_at TEXT NOT NULL,
            cost_layers TEXT NOT NULL,
            PRIMARY KEY (sku, location)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS ledger (
            seq INTEGER PRIMARY KEY,
            movement_id TEXT NOT NULL UNIQUE,
            sku TEXT NOT NULL,
            location TEXT NOT NULL,
            recorded_ticks INTEGER NOT NULL,
            entry TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ledger_by_sku ON ledger (sku, seq);
        CREATE INDEX IF NOT EXISTS ledger_by_time ON ledger (recorded_ticks);

        CREATE TABLE IF NOT EXISTS oversells (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            movement_id TEXT NOT NULL UNIQUE,
            sku TEXT NOT NULL,
            recorded_ticks INTEGER NOT NULL,
            incident TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS oversells_by_time ON oversells (recorded_ticks);
        """;
}

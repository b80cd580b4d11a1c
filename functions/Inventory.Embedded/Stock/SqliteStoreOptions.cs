using System.ComponentModel.DataAnnotations;

namespace Inventory.Embedded.Stock;

/// <summary>Settings of the embedded SQLite stock store (section <c>Embedded</c>).</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Embedded";

    /// <summary>Folder that holds the database files.</summary>
    /// <value>Defaults to <c>.inventory</c> under the working directory.</value>
    [Required]
    public string DataDirectory { get; set; } = ".inventory";

    /// <summary>File name of the stock database inside <see cref="DataDirectory"/>.</summary>
    /// <value>Defaults to <c>inventory.db</c>.</value>
    [Required]
    public string DatabaseFileName { get; set; } = "inventory.db";

    /// <summary>
    /// Most movements gathered from separate callers into one transaction (group commit). Movements handed over
    /// together (a round of the inbox consumer, up to its fetch size) are never split, so such a transaction may hold
    /// more.
    /// </summary>
    /// <value>Defaults to 256.</value>
    [Range(1, 10_000)]
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>
    /// Whether every commit is flushed to the disk before it is acknowledged (<c>synchronous=FULL</c>). Turning it off
    /// keeps commits safe from a process crash but not from a power loss.
    /// </summary>
    /// <value>Defaults to true.</value>
    public bool FlushEveryCommit { get; set; } = true;

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));
}

using System.Globalization;
using System.Runtime.CompilerServices;
using Inventory.Core.Catalog;
using Inventory.Embedded.Stock;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Planning;

/// <summary>The catalog in the embedded database file, table <c>catalog</c> beside the stock tables.</summary>
public sealed class SqliteCatalogStore : ICatalogStore
{
    private const string Columns =
        "sku, title, unit_cost, price, supplier, lead_time_days, lead_time_std_dev_days, minimum_order_quantity, case_pack";

    private const string Create = """
        CREATE TABLE IF NOT EXISTS catalog (
            sku TEXT NOT NULL PRIMARY KEY,
            title TEXT NOT NULL,
            unit_cost TEXT NOT NULL,
            price TEXT NOT NULL,
            supplier TEXT NOT NULL,
            lead_time_days REAL NOT NULL,
            lead_time_std_dev_days REAL NOT NULL,
            minimum_order_quantity INTEGER NOT NULL,
            case_pack INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;

    private static readonly string[] ParameterNames =
        ["$sku", "$title", "$cost", "$price", "$supplier", "$lt", "$ltsd", "$moq", "$pack"];

    private readonly SqliteConnections _connections;

    /// <summary>Opens (and if needed creates) the catalog table in the stock store's database.</summary>
    public SqliteCatalogStore(IOptions<SqliteStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnections(options.Value);
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Create;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public async Task<CatalogItem?> GetAsync(string sku, CancellationToken cancellationToken = default)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM catalog WHERE sku = $sku";
        command.Parameters.AddWithValue("$sku", sku);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task PutAsync(IReadOnlyCollection<CatalogItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT OR REPLACE INTO catalog ({Columns}) VALUES "
            + "($sku, $title, $cost, $price, $supplier, $lt, $ltsd, $moq, $pack)";
        var parameters = ParameterNames.Select(name => command.Parameters.Add(name, SqliteType.Text)).ToArray();
        foreach (var item in items)
        {
            parameters[0].Value = item.Sku;
            parameters[1].Value = item.Title;
            parameters[2].Value = item.UnitCost.ToString(CultureInfo.InvariantCulture);
            parameters[3].Value = item.Price.ToString(CultureInfo.InvariantCulture);
            parameters[4].Value = item.Supplier;
            parameters[5].Value = item.LeadTimeDays;
            parameters[6].Value = item.LeadTimeStdDevDays;
            parameters[7].Value = item.MinimumOrderQuantity;
            parameters[8].Value = item.CasePack;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<CatalogItem> StreamAllAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM catalog ORDER BY sku";
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Read(reader);
        }
    }

    private static CatalogItem Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        decimal.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
        decimal.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
        reader.GetString(4),
        reader.GetDouble(5),
        reader.GetDouble(6),
        reader.GetInt32(7),
        reader.GetInt32(8));
}

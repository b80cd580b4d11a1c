using System.Globalization;
using System.Text.Json;
using Inventory.Core.Serialization;
using Inventory.Core.Stock;
using Microsoft.Data.Sqlite;

namespace Inventory.Embedded.Stock;

/// <summary>Maps between the embedded tables and the domain types.</summary>
internal static class SqliteRows
{
    public const string PositionColumns =
        "sku, location, on_hand, committed, unavailable, incoming, in_transit, version, last_unit_cost, updated_at, "
        + "cost_layers";

    public static StockPosition ReadPosition(SqliteDataReader reader)
    {
        return new StockPosition(
            new StockKey(reader.GetString(0), reader.GetString(1)),
            new StockQuantities(reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5),
                reader.GetInt32(6)),
            new StoredCostLayers(reader.GetString(10)),
            reader.GetInt64(7),
            reader.IsDBNull(8) ? null : decimal.Parse(reader.GetString(8), CultureInfo.InvariantCulture),
            ReadTime(reader.GetString(9)));
    }

    /// <summary>
    /// The cost layers as column text. Layers read from the row and left unchanged go back as the text they were read
    /// from: serializing them again would give the same text at the cost of a parse and a serialization.
    /// </summary>
    public static string WriteLayers(IReadOnlyList<CostLayer> layers) =>
        layers is StoredCostLayers stored ? stored.Json : Write(layers as CostLayer[] ?? [.. layers]);

    public static LedgerEntry ReadEntry(string json) =>
        JsonSerializer.Deserialize<LedgerEntry>(json, InventoryJson.Options)
        ?? throw new InvalidDataException("A ledger row holds no entry.");

    public static OversellIncident ReadIncident(string json) =>
        JsonSerializer.Deserialize<OversellIncident>(json, InventoryJson.Options)
        ?? throw new InvalidDataException("An oversell row holds no incident.");

    // Written once per applied movement: by hand, with the text InventoryJson.Options would give.
    public static string Write(LedgerEntry entry) => HotPathJson.ToJson(entry);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, InventoryJson.Options);

    public static string WriteTime(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    // Times are written in the round-trip format; parsing that one format exactly is several times cheaper than the
    // general parser, which stays as the fallback for any other text.
    public static DateTimeOffset ReadTime(string text) =>
        DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    public static string? WriteCost(decimal? cost) => cost?.ToString(CultureInfo.InvariantCulture);
}

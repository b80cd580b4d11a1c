using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inventory.Azure.Stock;

/// <summary>
/// How stock documents are written: camelCase, enums as names, nulls left out. The store serializes through the
/// SDK's stream API itself, so it does not depend on how the <c>CosmosClient</c> it is given was configured.
/// </summary>
internal static class CosmosJson
{
    /// <summary>
    /// Money is stored as a string: Cosmos DB keeps JSON numbers as doubles, which would round a decimal with more
    /// than 15 significant digits.
    /// </summary>
    public const JsonNumberHandling DecimalHandling =
        JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString;

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}

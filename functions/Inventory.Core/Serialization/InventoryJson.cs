using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inventory.Core.Serialization;

/// <summary>The one JSON shape used on the wire and in stored documents: camelCase, enums as names.</summary>
public static class InventoryJson
{
    /// <summary>Options for reading and writing the product's JSON; source-generated where the context covers it.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = InventoryJsonContext.Default,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

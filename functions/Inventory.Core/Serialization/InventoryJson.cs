using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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

            // The product's JSON goes to APIs and files, never into HTML: keep quotes and accents readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

            // Hot types come from the source-generated context; everything else falls back to reflection.
            TypeInfoResolver = JsonTypeInfoResolver.Combine(InventoryJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}

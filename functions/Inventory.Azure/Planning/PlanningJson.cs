using System.Text.Json;
using System.Text.Json.Serialization;
using Inventory.Azure.Stock;

namespace Inventory.Azure.Planning;

/// <summary>The stock store's JSON settings, with every decimal stored as a string (see <see cref="DecimalAsStringConverter"/>).</summary>
internal static class PlanningJson
{
    public static JsonSerializerOptions Options { get; } = new(CosmosJson.Options)
    {
        // A figure the maths could not define is kept as "NaN" rather than failing the night's write.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new DecimalAsStringConverter() },
    };
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inventory.Azure.Planning;

/// <summary>
/// Writes money as a string and reads it from a string or a number: Cosmos DB keeps JSON numbers as doubles, which
/// would round a decimal with more than 15 significant digits. Used for the core records stored as they are.
/// </summary>
internal sealed class DecimalAsStringConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? decimal.Parse(reader.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture)
            : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}

using System.Globalization;
using System.Text.Json;
using Inventory.Core.Stock;

namespace Inventory.Channels.Common;

/// <summary>
/// Reads fields from a channel payload without trusting its types. Every reader checks the JSON kind first and
/// records a problem under the field's JSON path instead of throwing, so a wrong type becomes a malformed result.
/// </summary>
internal static class Payload
{
    public static string Path(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>The property when present and not null.</summary>
    public static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(name, out value)
            && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>An id: a non-blank string or an integer (channels send both), as invariant text.</summary>
    public static string? Id(JsonElement element, string name, string path, PayloadProblems problems)
    {
        // Field paths are built only for a problem: a well-formed line would otherwise pay for a string per field.
        if (!TryGet(element, name, out var value))
        {
            var missing = Path(path, name);
            problems.Add(missing, $"The field '{missing}' is required.");
            return null;
        }

        var id = AsIdText(value);
        if (id is null)
        {
            var fieldPath = Path(path, name);
            problems.Add(fieldPath, $"The field '{fieldPath}' must be a non-blank string or an integer.");
        }

        return id;
    }

    /// <summary>An optional id or text: null when absent, blank or not a string or integer.</summary>
    public static string? OptionalText(JsonElement element, string name) =>
        TryGet(element, name, out var value) ? AsIdText(value) : null;

    /// <summary>
    /// A positive unit count: an integer or a numeric string, at most <see cref="MovementValidator.MaxQuantity"/>.
    /// </summary>
    public static int? Quantity(JsonElement element, string name, string path, PayloadProblems problems)
    {
        if (!TryGet(element, name, out var value))
        {
            var missing = Path(path, name);
            problems.Add(missing, $"The field '{missing}' is required.");
            return null;
        }

        if (!TryReadNumber(value, out var quantity) || quantity <= 0 || quantity > MovementValidator.MaxQuantity)
        {
            var fieldPath = Path(path, name);
            problems.Add(
                fieldPath,
                $"The field '{fieldPath}' must be a whole number of units from 1 to {MovementValidator.MaxQuantity}.");
            return null;
        }

        return (int)quantity;
    }

    /// <summary>A reported count, zero or more; absent reads as zero.</summary>
    public static int Count(JsonElement element, string name, string path, PayloadProblems problems)
    {
        if (!TryGet(element, name, out var value))
        {
            return 0;
        }

        if (!TryReadNumber(value, out var count) || count < 0 || count > MovementValidator.MaxQuantity)
        {
            var fieldPath = Path(path, name);
            problems.Add(
                fieldPath,
                $"The field '{fieldPath}' must be a whole number from 0 to {MovementValidator.MaxQuantity}.");
            return 0;
        }

        return (int)count;
    }

    /// <summary>
    /// An optional timestamp: ISO 8601 text, or Unix seconds or milliseconds. Unreadable is a problem.
    /// </summary>
    public static DateTimeOffset? Timestamp(JsonElement element, string name, string path, PayloadProblems problems)
    {
        if (!TryGet(element, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(
                value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }

        // Below 10^11 a Unix time is in seconds (until the year 5138); above, it is in milliseconds.
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var unix) && unix > 0)
        {
            return unix < 100_000_000_000
                ? DateTimeOffset.FromUnixTimeSeconds(unix)
                : DateTimeOffset.FromUnixTimeMilliseconds(Math.Min(unix, 253_402_300_799_999));
        }

        var fieldPath = Path(path, name);
        problems.Add(fieldPath, $"The field '{fieldPath}' must be an ISO 8601 time or a Unix time.");
        return null;
    }

    /// <summary>A required object.</summary>
    public static JsonElement? Object(JsonElement element, string name, string path, PayloadProblems problems) =>
        Require(element, name, path, problems, JsonValueKind.Object, "an object");

    /// <summary>A required array.</summary>
    public static JsonElement? Array(JsonElement element, string name, string path, PayloadProblems problems) =>
        Require(element, name, path, problems, JsonValueKind.Array, "an array");

    private static JsonElement? Require(
        JsonElement element, string name, string path, PayloadProblems problems, JsonValueKind kind, string what)
    {
        if (!TryGet(element, name, out var value))
        {
            var missing = Path(path, name);
            problems.Add(missing, $"The field '{missing}' is required.");
            return null;
        }

        if (value.ValueKind != kind)
        {
            var fieldPath = Path(path, name);
            problems.Add(fieldPath, $"The field '{fieldPath}' must be {what}.");
            return null;
        }

        return value;
    }

    private static string? AsIdText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text : null,
        JsonValueKind.Number when value.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static bool TryReadNumber(JsonElement value, out long number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out number)
                || (value.TryGetDecimal(out var fraction) && fraction == decimal.Truncate(fraction)
                    && fraction is > long.MinValue and < long.MaxValue && Assign((long)fraction, out number)),
            JsonValueKind.String => long.TryParse(
                value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }

    private static bool Assign(long value, out long target)
    {
        target = value;
        return true;
    }
}

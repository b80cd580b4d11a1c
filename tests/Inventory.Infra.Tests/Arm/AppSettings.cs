using System.Text.Json;

namespace Inventory.Infra.Tests.Arm;

/// <summary>
/// The Function App settings of a compiled template: every <c>{ name, value }</c> pair with string members, wherever
/// bicep put it (inlined into a module's parameters or kept in a variable).
/// </summary>
internal static class AppSettings
{
    public static IReadOnlyDictionary<string, string> From(ArmTemplate template)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var candidate in template.Objects())
        {
            if (IsSetting(candidate, out var name, out var value))
            {
                settings.TryAdd(name, value);
            }
        }

        return settings;
    }

    private static bool IsSetting(JsonElement candidate, out string name, out string value)
    {
        name = value = string.Empty;
        var members = candidate.EnumerateObject().ToList();
        if (members.Count != 2
            || !candidate.TryGetProperty("name", out var nameElement)
            || !candidate.TryGetProperty("value", out var valueElement)
            || nameElement.ValueKind != JsonValueKind.String
            || valueElement.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        name = nameElement.GetString() ?? string.Empty;
        value = valueElement.GetString() ?? string.Empty;
        return true;
    }
}

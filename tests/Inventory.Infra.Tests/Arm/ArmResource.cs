using System.Text.Json;

namespace Inventory.Infra.Tests.Arm;

/// <summary>
/// One resource declaration of a compiled template, with the template it was declared in and the name of the nested
/// deployment (the module) that template belongs to, or null at the top level.
/// </summary>
internal sealed record ArmResource(JsonElement Element, JsonElement DeclaringTemplate, string? Deployment)
{
    public string Type => Element.GetProperty("type").GetString() ?? string.Empty;

    public string Name => Element.GetProperty("name").GetString() ?? string.Empty;

    public JsonElement Properties => Element.GetProperty("properties");

    public string? Scope => Element.TryGetProperty("scope", out var scope) ? scope.GetString() : null;

    public string? Condition => Element.TryGetProperty("condition", out var condition) ? condition.ToString() : null;

    /// <summary>
    /// The items a <c>copy</c> loop iterates over, when its count is <c>[length(variables('x'))]</c> as bicep writes a
    /// <c>for item in x</c> loop over a variable.
    /// </summary>
    public IEnumerable<JsonElement> CopyItems()
    {
        const string prefix = "[length(variables('";
        const string suffix = "'))]";
        var count = Element.GetProperty("copy").GetProperty("count").GetString() ?? string.Empty;
        if (!count.StartsWith(prefix, StringComparison.Ordinal) || !count.EndsWith(suffix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The copy loop of {Type} does not iterate over a variable: {count}.");
        }

        var name = count[prefix.Length..^suffix.Length];
        return DeclaringTemplate.GetProperty("variables").GetProperty(name).EnumerateArray();
    }

    /// <summary>Follows a <c>[variables('x')]</c> expression to the value of x in the declaring template.</summary>
    public JsonElement Resolve(JsonElement value)
    {
        const string prefix = "[variables('";
        const string suffix = "')]";
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (text is null || !text.StartsWith(prefix, StringComparison.Ordinal)
            || !text.EndsWith(suffix, StringComparison.Ordinal))
        {
            return value;
        }

        var name = text[prefix.Length..^suffix.Length];
        return Resolve(DeclaringTemplate.GetProperty("variables").GetProperty(name));
    }
}

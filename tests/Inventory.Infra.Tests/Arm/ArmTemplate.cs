using System.Text.Json;

namespace Inventory.Infra.Tests.Arm;

/// <summary>
/// A compiled ARM template read with System.Text.Json. Bicep turns each module into a nested
/// <c>Microsoft.Resources/deployments</c> resource whose <c>properties.template</c> holds the module's resources,
/// and with language version 2.0 it writes <c>resources</c> as an object keyed by symbolic name instead of an array,
/// so resources are collected by walking the whole tree.
/// </summary>
internal sealed class ArmTemplate : IDisposable
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    private readonly JsonDocument _document;

    private ArmTemplate(JsonDocument document)
    {
        _document = document;
        Resources = [.. CollectResources(document.RootElement, deployment: null)];
    }

    public JsonElement Root => _document.RootElement;

    public IReadOnlyList<ArmResource> Resources { get; }

    public static ArmTemplate Parse(string json) => new(JsonDocument.Parse(json));

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var matches = OfType(type).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one {type} in the template, found {matches.Count}.");
    }

    /// <summary>The one resource of a type that the module deployed under the given deployment name declares.</summary>
    public ArmResource InDeployment(string deployment, string type) =>
        OfType(type).Single(resource => resource.Deployment == deployment);

    /// <summary>The nested deployment a module compiled to, found by its deployment name.</summary>
    public ArmResource Module(string deployment) =>
        OfType(DeploymentType).Single(resource => resource.Name == deployment);

    /// <summary>Every JSON object anywhere in the template, nested templates included.</summary>
    public IEnumerable<JsonElement> Objects() => Descendants(Root).Where(e => e.ValueKind == JsonValueKind.Object);

    /// <summary>Every string value anywhere in the template, which is where ARM expressions live.</summary>
    public IEnumerable<string> Strings() =>
        Descendants(Root).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString() ?? string.Empty);

    public void Dispose() => _document.Dispose();

    private static IEnumerable<ArmResource> CollectResources(JsonElement template, string? deployment)
    {
        if (!template.TryGetProperty("resources", out var resources))
        {
            yield break;
        }

        var declarations = resources.ValueKind switch
        {
            JsonValueKind.Array => resources.EnumerateArray().ToList(),
            JsonValueKind.Object => resources.EnumerateObject().Select(property => property.Value).ToList(),
            _ => [],
        };

        foreach (var declaration in declarations.Where(IsDeployed))
        {
            var resource = new ArmResource(declaration, template, deployment);
            yield return resource;

            if (resource.Type == DeploymentType
                && resource.Properties.TryGetProperty("template", out var nested))
            {
                foreach (var inner in CollectResources(nested, resource.Name))
                {
                    yield return inner;
                }
            }
        }
    }

    // Language version 2.0 lists `existing` references among the resources; they deploy nothing.
    private static bool IsDeployed(JsonElement declaration) =>
        !(declaration.TryGetProperty("existing", out var existing) && existing.ValueKind == JsonValueKind.True);

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;

        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(property => property.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }
}

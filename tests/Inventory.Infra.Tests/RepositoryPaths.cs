using System.Reflection;

namespace Inventory.Infra.Tests;

/// <summary>
/// Paths the build hands to the tests through assembly metadata, so they never depend on the working directory.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Infra { get; } = Path.Combine(Root, "infra");

    public static string MainTemplate { get; } = Path.Combine(Infra, "main.bicep");

    public static string BicepExecutable { get; } = Metadata("BicepExecutable");

    public static IEnumerable<string> BicepFiles() =>
        Directory.EnumerateFiles(Infra, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static string RelativeToInfra(string path) => Path.GetRelativePath(Infra, path).Replace('\\', '/');

    private static string Metadata(string key)
    {
        var value = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value;

        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException(
                $"The test assembly has no '{key}' metadata; build it with dotnet build so the csproj can set it.")
            : value;
    }
}

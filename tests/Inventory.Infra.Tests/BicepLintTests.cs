using Inventory.Infra.Tests.Bicep;
using Xunit;

namespace Inventory.Infra.Tests;

/// <summary>
/// Every Bicep file compiles and passes the linter, whose rules infra/bicepconfig.json raises to errors.
/// </summary>
public sealed class BicepLintTests
{
    public static TheoryData<string> BicepFiles() =>
        [.. RepositoryPaths.BicepFiles().Select(RepositoryPaths.RelativeToInfra)];

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Build_BicepFile_CompilesWithoutDiagnostics(string file)
    {
        var run = await BicepCli.FromPackage().BuildToStdoutAsync(Path.Combine(RepositoryPaths.Infra, file));

        Assert.True(run.IsClean, run.Describe());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Lint_BicepFile_ReportsNothing(string file)
    {
        var run = await BicepCli.FromPackage().LintAsync(Path.Combine(RepositoryPaths.Infra, file));

        Assert.True(run.IsClean, run.Describe());
    }

    [Fact]
    public async Task Lint_FileWithUnusedParameter_FailsUnderProjectConfig()
    {
        var folder = Directory.CreateTempSubdirectory("inventory-bicep-lint-");
        try
        {
            var config = Path.Combine(RepositoryPaths.Infra, "bicepconfig.json");
            File.Copy(config, Path.Combine(folder.FullName, "bicepconfig.json"));
            var file = Path.Combine(folder.FullName, "unused.bicep");
            await File.WriteAllTextAsync(file, "param unused string\n");

            var run = await BicepCli.FromPackage().LintAsync(file);

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("Error no-unused-params", run.StandardError + run.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

using Inventory.Infra.Tests.Bicep;
using Xunit;

namespace Inventory.Infra.Tests.Arm;

/// <summary>Compiles infra/main.bicep once for every test that reads the resulting ARM JSON.</summary>
public sealed class CompiledMainTemplate : IAsyncLifetime, IDisposable
{
    private ArmTemplate? _template;

    internal ArmTemplate Template =>
        _template ?? throw new InvalidOperationException("The main template has not been compiled yet.");

    public async Task InitializeAsync()
    {
        var run = await BicepCli.FromPackage().BuildToStdoutAsync(RepositoryPaths.MainTemplate);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra/main.bicep does not compile. {run.Describe()}");
        }

        _template = ArmTemplate.Parse(run.StandardOutput);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _template?.Dispose();
}

using System.Diagnostics;

namespace Inventory.Infra.Tests.Bicep;

/// <summary>
/// Runs the Bicep CLI that the Azure.Bicep.CommandLine.linux-x64 package ships. Bicep needs no Azure account and no
/// network to build or lint templates that use no registry modules.
/// </summary>
internal sealed class BicepCli
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private readonly string _executable;

    public BicepCli(string executable)
    {
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at '{executable}'. Restore tests/Inventory.Infra.Tests so NuGet extracts it.",
                executable);
        }

        _executable = executable;
    }

    public static BicepCli FromPackage() => new(RepositoryPaths.BicepExecutable);

    public Task<BicepRun> BuildToStdoutAsync(string file) => RunAsync("build", file, "--stdout");

    public Task<BicepRun> LintAsync(string file) => RunAsync("lint", file);

    private async Task<BicepRun> RunAsync(params string[] arguments)
    {
        EnsureExecutable();

        var startInfo = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"The Bicep CLI at '{_executable}' did not start.");
        using var timeout = new CancellationTokenSource(RunTimeout);

        var standardOutput = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var standardError = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {RunTimeout}.");
        }

        return new BicepRun(process.ExitCode, await standardOutput, await standardError);
    }

    // NuGet extraction can drop the execute bit; without it the process fails to start with a permission error.
    private void EnsureExecutable()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(_executable);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(_executable, mode | execute);
        }
    }
}

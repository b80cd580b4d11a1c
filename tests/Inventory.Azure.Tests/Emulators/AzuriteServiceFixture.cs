using System.Diagnostics;

namespace Inventory.Azure.Tests.Emulators;

/// <summary>
/// Starts one npm Azurite service (in memory) on a free loopback port for the test run, and stops it afterwards.
/// Runs <c>npm ci</c> first when the repository's node_modules lack it. If Azurite cannot start, every test of the
/// collection fails with the reason, on CI as anywhere else: none is skipped. The Blob and Table fixtures differ only
/// in the service they start and how they ask it whether it answers.
/// </summary>
public abstract class AzuriteServiceFixture : IAsyncLifetime
{
    /// <summary>Azurite's well-known development account key: public, documented, not a secret.</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly EmulatorProcess _runner = new("Azurite");
    private readonly string _service;
    private Process? _process;
    private int _port;

    /// <param name="service">Azurite's name of the service: <c>blob</c> or <c>table</c>.</param>
    protected AzuriteServiceFixture(string service) => _service = service;

    /// <summary>A connection string for the development account on this run's port.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + $"AccountKey={AccountKey};{Title}Endpoint=http://127.0.0.1:{_port}/devstoreaccount1;";

    private string Title => char.ToUpperInvariant(_service[0]) + _service[1..];

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Find();
        var main = Path.Combine(root, "node_modules", "azurite", "dist", "src", _service, "main.js");
        if (!File.Exists(main))
        {
            await _runner.RunNpmCiAsync(root);
        }

        _port = EmulatorProcess.FreeLoopbackPort();
        _process = _runner.Start("node",
            $"\"{main}\" --{_service}Host 127.0.0.1 --{_service}Port {_port} --silent "
            + "--skipApiVersionCheck --inMemoryPersistence --disableTelemetry",
            root);
        await WaitUntilAnsweringAsync();
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();

        return Task.CompletedTask;
    }

    /// <summary>One request that succeeds once the service answers; the client must not retry on its own.</summary>
    protected abstract Task ProbeAsync();

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = Stopwatch.StartNew();
        Exception? last = null;
        while (deadline.Elapsed < StartTimeout && !_process!.HasExited)
        {
            try
            {
                await ProbeAsync();
                return;
            }
            catch (Exception error) when (error is global::Azure.RequestFailedException or HttpRequestException
                or AggregateException)
            {
                last = error;
            }

            await Task.Delay(100);
        }

        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        throw new InvalidOperationException(
            $"Azurite's {Title} service did not answer on 127.0.0.1:{_port} within {StartTimeout.TotalSeconds:0} s"
            + (_process!.HasExited ? $" (it exited with code {_process.ExitCode})" : string.Empty)
            + (ci ? " on CI" : string.Empty)
            + ". Check that 'node' is on PATH and that 'npm ci' at the repository root succeeds. "
            + $"Last error: {last?.Message}. Azurite output:\n{_runner.Output()}");
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Storage.Blobs;

namespace Inventory.Azure.Tests.Emulators;

/// <summary>
/// Starts the npm Azurite Blob service (in memory) on a free loopback port for the test run, and stops it afterwards.
/// Runs <c>npm ci</c> first when the repository's node_modules lack it. If Azurite cannot start, every test of the
/// collection fails with the reason, on CI as anywhere else: none is skipped.
/// </summary>
public sealed class AzuriteBlobFixture : IAsyncLifetime
{
    /// <summary>Azurite's well-known development account key: public, documented, not a secret.</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly EmulatorProcess _runner = new("Azurite");
    private Process? _process;
    private int _port;

    /// <summary>A connection string for the development account on this run's port.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + $"AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{_port}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Find();
        var main = Path.Combine(root, "node_modules", "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(main))
        {
            await _runner.RunNpmCiAsync(root);
        }

        _port = EmulatorProcess.FreeLoopbackPort();
        _process = _runner.Start("node",
            $"\"{main}\" --blobHost 127.0.0.1 --blobPort {_port} --silent "
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

    /// <summary>A client for the account.</summary>
    public BlobServiceClient Service => new(ConnectionString);

    /// <summary>Creates a container of its own and returns its name.</summary>
    public async Task<string> NewContainerAsync()
    {
        var name = $"exports-{Guid.NewGuid():N}"[..24];
        await Service.GetBlobContainerClient(name).CreateAsync();
        return name;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var probeOptions = new BlobClientOptions();
        probeOptions.Retry.MaxRetries = 0;
        var service = new BlobServiceClient(ConnectionString, probeOptions);
        var deadline = Stopwatch.StartNew();
        Exception? last = null;
        while (deadline.Elapsed < StartTimeout && !_process!.HasExited)
        {
            try
            {
                await service.GetPropertiesAsync();
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
            $"Azurite's Blob service did not answer on 127.0.0.1:{_port} within {StartTimeout.TotalSeconds:0} s"
            + (_process!.HasExited ? $" (it exited with code {_process.ExitCode})" : string.Empty)
            + (ci ? " on CI" : string.Empty)
            + ". Check that 'node' is on PATH and that 'npm ci' at the repository root succeeds. "
            + $"Last error: {last?.Message}. Azurite output:\n{_runner.Output()}");
    }
}

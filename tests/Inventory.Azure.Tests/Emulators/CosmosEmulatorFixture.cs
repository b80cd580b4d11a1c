using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Inventory.Azure.Stock;
using Microsoft.Azure.Cosmos;

namespace Inventory.Azure.Tests.Emulators;

/// <summary>
/// Starts the npm Cosmos DB emulator (<c>@vercel/cosmosdb-server</c>, HTTPS with a self-signed certificate) on a
/// free loopback port for the test run, and stops it afterwards. Runs <c>npm ci</c> first when the repository's
/// node_modules lack it. If the emulator cannot start, every test of the collection fails with the reason.
/// </summary>
public sealed class CosmosEmulatorFixture : IAsyncLifetime
{
    /// <summary>The emulator accepts any key; this is the well-known public emulator key, not a secret.</summary>
    public const string Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly EmulatorProcess _runner = new("Cosmos DB");
    private Process? _process;
    private CosmosClient? _client;

    public Uri Endpoint { get; private set; } = new("https://127.0.0.1/");

    /// <summary>A client shared by the tests; make another with <see cref="CreateClient"/> to inject faults.</summary>
    public CosmosClient Client => _client ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Find();
        var cli = Path.Combine(root, "node_modules", "@vercel", "cosmosdb-server", "lib", "cli.js");
        if (!File.Exists(cli))
        {
            await _runner.RunNpmCiAsync(root);
        }

        var port = EmulatorProcess.FreeLoopbackPort();
        Endpoint = new Uri($"https://127.0.0.1:{port}/");
        _process = _runner.Start("node", $"\"{cli}\" --port {port} --host 127.0.0.1", root);
        await WaitUntilAnsweringAsync();
        _client = CreateClient();
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A client in Gateway mode that trusts the emulator's certificate, with extra handlers in front.</summary>
    public CosmosClient CreateClient(params DelegatingHandler[] handlers)
    {
        HttpMessageHandler pipeline = new CrossPartitionHeaderHandler
        {
            InnerHandler = new HttpClientHandler
            {
                // Test only: the emulator serves a self-signed certificate.
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            },
        };
        foreach (var handler in handlers.Reverse())
        {
            handler.InnerHandler = pipeline;
            pipeline = handler;
        }

        return new CosmosClient(Endpoint.AbsoluteUri, Key, new CosmosClientOptions
        {
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            HttpClientFactory = () => new HttpClient(pipeline, disposeHandler: false),
        });
    }

    /// <summary>Creates a database of its own with the stock containers, and returns options naming it.</summary>
    public async Task<CosmosStockStoreOptions> CreateDatabaseAsync(Action<CosmosStockStoreOptions>? configure = null)
    {
        var options = new CosmosStockStoreOptions
        {
            AccountEndpoint = Endpoint,
            DatabaseName = $"test-{Guid.NewGuid():N}",
        };
        configure?.Invoke(options);
        await CosmosStockStoreSetup.EnsureCreatedAsync(Client, options);
        return options;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        })
        {
            Timeout = TimeSpan.FromSeconds(2),
        };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout && !_process!.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(Endpoint);
                return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        throw new InvalidOperationException(
            $"The Cosmos DB emulator did not answer at {Endpoint} within {StartTimeout.TotalSeconds:0} s"
            + (_process!.HasExited ? $" (it exited with code {_process.ExitCode})" : string.Empty)
            + (ci ? " on CI" : string.Empty)
            + ". Check that 'node' is on PATH and that 'npm ci' at the repository root succeeds. "
            + $"Emulator output:\n{_runner.Output()}");
    }
}

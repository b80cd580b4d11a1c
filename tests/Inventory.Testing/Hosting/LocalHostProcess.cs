using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Inventory.Testing.Hosting;

/// <summary>
/// The local host run as its own process (<c>dotnet Inventory.Local.dll</c>) on a free loopback port, so a test can
/// kill it as a crash would and start it again on the same data directory.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 200;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private LocalHostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the host listens, for example <c>http://127.0.0.1:40123</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The process id, for reports.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The last lines the host wrote, for failure messages.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    /// <summary>The Inventory.Local.dll copied beside <paramref name="assemblyDirectory"/>'s assembly, checked.</summary>
    public static string FindHostDll(string assemblyDirectory)
    {
        var dll = Path.Combine(assemblyDirectory, "Inventory.Local.dll");
        var runtimeConfig = Path.ChangeExtension(dll, ".runtimeconfig.json");
        if (!File.Exists(dll) || !File.Exists(runtimeConfig))
        {
            throw new FileNotFoundException(
                $"The local host is not built beside {assemblyDirectory}: {dll} and its runtimeconfig.json are needed. "
                + "Reference functions/Inventory.Local from the project that starts it.", dll);
        }

        return dll;
    }

    /// <summary>Starts the host and waits until <c>GET /api/health</c> answers 200.</summary>
    public static async Task<LocalHostProcess> StartAsync(
        string hostDll, string dataDirectory, IEnumerable<string> arguments, TimeSpan startTimeout)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
        };
        foreach (var argument in (string[])[hostDll, "--urls", url.ToString().TrimEnd('/'), "--data-dir", dataDirectory,
                     .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new LocalHostProcess(process, url);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await host.WaitUntilHealthyAsync(startTimeout).ConfigureAwait(false);
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return host;
    }

    /// <summary>A client for the host; the caller disposes it.</summary>
    public HttpClient CreateClient(int maxConnections = 16) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>Kills the host at once (SIGKILL on Linux), as a crash or an out-of-memory kill would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptOutputLines && _output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The local host exited with code {_process.ExitCode} before it was healthy:\n{RecentOutput}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new TimeoutException($"The local host was not healthy within {timeout}:\n{RecentOutput}");
    }
}

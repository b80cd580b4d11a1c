using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Inventory.Azure.Tests.Emulators;

/// <summary>
/// What every emulator fixture does the same way: install the pinned npm packages when they are missing, start a
/// node process with its output captured for failure messages, and find a free loopback port.
/// </summary>
internal sealed class EmulatorProcess(string emulator)
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(8);

    private readonly StringBuilder _output = new();

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task RunNpmCiAsync(string root)
    {
        using var npm = Start("npm", "ci --no-audit --no-fund", root);
        using var timeout = new CancellationTokenSource(NpmTimeout);
        try
        {
            await npm.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
        }

        if (!npm.HasExited || npm.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'npm ci' in {root} failed, so the {emulator} emulator is not installed. Run it by hand to see why. "
                + $"Output:\n{Output()}");
        }
    }

    public Process Start(string fileName, string arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"'{fileName}' did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"Could not run '{fileName}': Node.js and npm must be on PATH for the {emulator} tests.", exception);
        }

        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 20_000)
            {
                _output.AppendLine(line);
            }
        }
    }
}

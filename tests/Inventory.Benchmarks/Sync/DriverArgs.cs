using System.Globalization;

namespace Inventory.Benchmarks.Sync;

/// <summary>The <c>--name value</c> options of the driver; <c>--Embedded:...</c> and <c>--Channels:...</c> go to the
/// host as they are, so a setting can be tried without a rebuild.</summary>
internal sealed class DriverArgs(string[] args)
{
    public int Int(string name, int fallback) =>
        Text(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        Text(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public string? Text(string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public IReadOnlyList<string> HostSettings() => args
        .Where(a => a.StartsWith("--Embedded:", StringComparison.Ordinal)
            || a.StartsWith("--Channels:", StringComparison.Ordinal))
        .ToArray();
}

namespace Inventory.Benchmarks.Sync;

/// <summary>The 1-minute load average from <c>/proc/loadavg</c>, or NaN where there is none: the machine is shared,
/// so each run says how busy it was.</summary>
internal static class LoadAverage
{
    public static double Read()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
        catch (UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }
}

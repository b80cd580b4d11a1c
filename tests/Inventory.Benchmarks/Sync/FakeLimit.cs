namespace Inventory.Benchmarks.Sync;

/// <summary>A fake channel's enforced limit in inventory calls: a refill rate per second and a burst.</summary>
internal sealed record FakeLimit(string Channel, double PerSecond, double Burst)
{
    /// <summary>The most calls the limit lets through in <paramref name="window"/>, from a full bucket.</summary>
    public double AllowedIn(TimeSpan window) => Burst + (PerSecond * window.TotalSeconds);
}

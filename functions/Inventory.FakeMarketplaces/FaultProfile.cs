namespace Inventory.FakeMarketplaces;

/// <summary>
/// How often each fault is injected into the inventory endpoints (token endpoints are never faulted). Draws come
/// from one <see cref="Random"/> seeded with <see cref="Seed"/>, so a run with the same requests in the same order
/// injects the same faults.
/// </summary>
public sealed record FaultProfile
{
    /// <summary>No faults at all.</summary>
    public static FaultProfile None { get; } = new();

    /// <summary>The seed of the fault draws.</summary>
    /// <value>Defaults to 1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>Probability that a call is delayed by <see cref="Latency"/>.</summary>
    /// <value>Defaults to 0.</value>
    public double LatencyProbability { get; init; }

    /// <summary>The injected delay.</summary>
    /// <value>Defaults to 200 ms.</value>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Probability that a call is answered 503.</summary>
    /// <value>Defaults to 0.</value>
    public double ServerErrorProbability { get; init; }

    /// <summary>Probability that a call hangs for <see cref="TimeoutDelay"/>.</summary>
    /// <value>Defaults to 0.</value>
    public double TimeoutProbability { get; init; }

    /// <summary>How long a timed-out call hangs before it is answered 504.</summary>
    /// <value>Defaults to 30 s.</value>
    public TimeSpan TimeoutDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Probability that a Shopify quantity changes on the channel just before a compare-and-set.</summary>
    /// <value>Defaults to 0.</value>
    public double StaleCompareProbability { get; init; }
}

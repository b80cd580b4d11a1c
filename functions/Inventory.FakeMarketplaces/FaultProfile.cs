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

    /// <summary>Probability that a call hangs for <see cref="TimeoutDelay"/> before it changes anything.</summary>
    /// <value>Defaults to 0.</value>
    public double TimeoutProbability { get; init; }

    /// <summary>How long a timed-out call hangs before it is answered 504.</summary>
    /// <value>Defaults to 30 s.</value>
    public TimeSpan TimeoutDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Probability that a call is answered as if it had exceeded the channel's rate limit, with that channel's own
    /// throttling answer (429 and its headers; for Shopify a 200 with a THROTTLED error and its cost extension).
    /// Recorded as a <see cref="FaultKind.Throttle"/> fault, never among the real throttles, so a test can tell the
    /// fakes' injected refusals from calls that really exceeded a limit.
    /// </summary>
    /// <value>Defaults to 0.</value>
    public double ThrottleProbability { get; init; }

    /// <summary>The wait an injected throttle asks for (Retry-After and the channel's own equivalents).</summary>
    /// <value>Defaults to 1 s.</value>
    public TimeSpan ThrottleWait { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Probability that a call takes effect and then its answer hangs for <see cref="TimeoutDelay"/> (504 after), so
    /// the client sees a timeout for a change the channel made.
    /// </summary>
    /// <value>Defaults to 0.</value>
    public double AppliedTimeoutProbability { get; init; }

    /// <summary>Probability that a Shopify quantity changes on the channel just before a compare-and-set.</summary>
    /// <value>Defaults to 0.</value>
    public double StaleCompareProbability { get; init; }

    /// <summary>
    /// A profile in which about <paramref name="share"/> of the inventory calls fail, split evenly over throttles
    /// (injected 429s), 5xx and timeouts; half the timeouts hang before the change and half after it. The draws run in
    /// that order, each only when the one before did not fire, so each probability is set to give its share of all
    /// calls.
    /// </summary>
    /// <param name="share">The share of failing calls, from 0 up to (not including) 1.</param>
    /// <param name="timeoutDelay">How long a timed-out call hangs.</param>
    public static FaultProfile Spread(double share, TimeSpan timeoutDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(share, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(share, 1);
        var third = share / 3;
        var left = 1.0;
        double Next(double wanted)
        {
            var probability = wanted / left;
            left -= wanted;
            return probability;
        }

        return new FaultProfile
        {
            TimeoutDelay = timeoutDelay,
            TimeoutProbability = Next(third / 2),
            ThrottleProbability = Next(third),
            ServerErrorProbability = Next(third),
            AppliedTimeoutProbability = Next(third / 2),
        };
    }
}

using System.ComponentModel.DataAnnotations;

namespace Inventory.Channels.Common;

/// <summary>
/// How the outbound HTTP client of one channel paces, retries and gives up (section
/// <c>Channels:{Name}:Resilience</c>). Each channel starts from its own documented rate.
/// </summary>
public sealed class ChannelResilienceOptions
{
    /// <summary>Requests per second the token bucket lets through, spread evenly.</summary>
    /// <value>The channel's documented or chosen rate (Amazon 5, Walmart 10, eBay 20, TikTok Shop 10).</value>
    [Range(0.01, 10_000)]
    public double RequestsPerSecond { get; set; } = 10;

    /// <summary>
    /// Requests that may go at once after a quiet spell (the bucket's size). Kept below the channel's own burst on
    /// purpose: the channel meters arrivals, and requests that leave evenly spaced can arrive bunched (a loaded
    /// machine, a slow connection), so a burst that is delayed and then followed at once by the next request would
    /// be charged refill time the channel never granted. The headroom absorbs that much jitter without a 429.
    /// </summary>
    /// <value>Half the channel's documented or chosen burst, at least 1 (Amazon 2 of 5, Walmart 5, eBay 10, TikTok
    /// Shop 5).</value>
    [Range(1, 10_000)]
    public int Burst { get; set; } = 5;

    /// <summary>Requests that may wait for a token; beyond that a push is answered Throttled at once.</summary>
    /// <value>Defaults to 1000.</value>
    [Range(0, 100_000)]
    public int QueueLimit { get; set; } = 1000;

    /// <summary>Retries after a 408, 429, 5xx, timeout or connection failure.</summary>
    /// <value>Defaults to 3.</value>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First back-off delay in milliseconds; it doubles per attempt, with jitter.</summary>
    /// <value>Defaults to 200.</value>
    [Range(1, 60_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 200;

    /// <summary>
    /// The longest wait between attempts, in seconds. When the channel asks for a longer wait (Retry-After), the push
    /// is not retried here but answered Throttled with that wait, so the caller can schedule it.
    /// </summary>
    /// <value>Defaults to 10.</value>
    [Range(0.1, 600)]
    public double MaxRetryDelaySeconds { get; set; } = 10;

    /// <summary>Timeout of one attempt, in seconds.</summary>
    /// <value>Defaults to 10.</value>
    [Range(0.1, 300)]
    public double AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>Timeout of a whole push including waits for the rate limiter and retries, in seconds.</summary>
    /// <value>Defaults to 30.</value>
    [Range(0.5, 600)]
    public double TotalTimeoutSeconds { get; set; } = 30;

    /// <summary>Share of failed attempts (5xx, timeouts, connection failures) in the sampling window that opens
    /// the circuit.</summary>
    /// <value>Defaults to 0.5.</value>
    [Range(0.01, 1)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts the sampling window must hold before the circuit can open.</summary>
    /// <value>Defaults to 10.</value>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>Length of the sampling window, in seconds.</summary>
    /// <value>Defaults to 30.</value>
    [Range(0.5, 3600)]
    public double BreakerSamplingSeconds { get; set; } = 30;

    /// <summary>How long the circuit stays open before one trial attempt, in seconds.</summary>
    /// <value>Defaults to 15.</value>
    [Range(0.5, 3600)]
    public double BreakerBreakSeconds { get; set; } = 15;

    /// <summary>
    /// Options with a channel's own rate and half its burst (see <see cref="Burst"/>), everything else at the
    /// defaults.
    /// </summary>
    internal static ChannelResilienceOptions ForRate(double requestsPerSecond, int channelBurst) =>
        new() { RequestsPerSecond = requestsPerSecond, Burst = Math.Max(1, channelBurst / 2) };
}

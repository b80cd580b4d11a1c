using System.Globalization;
using System.Net;

namespace Inventory.Channels.Common;

/// <summary>
/// Reads how long a channel asked us to wait: <c>Retry-After</c> (seconds or a date), Walmart's
/// <c>x-next-replenish-time</c> (Unix milliseconds) and, on a 429 without either, the SP-API
/// <c>x-amzn-RateLimit-Limit</c> (requests per second, so one request's share of a second).
/// </summary>
internal static class ThrottleSignals
{
    public const string AmazonRateLimitHeader = "x-amzn-RateLimit-Limit";

    public const string WalmartReplenishHeader = "x-next-replenish-time";

    /// <summary>The wait the response asks for, or null when it says nothing.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        var now = time.GetUtcNow();
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return NotNegative(delta);
            }

            if (retryAfter.Date is { } date)
            {
                return NotNegative(date - now);
            }
        }

        if (First(response, WalmartReplenishHeader) is { } replenish
            && long.TryParse(replenish, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unixMs))
        {
            return NotNegative(DateTimeOffset.FromUnixTimeMilliseconds(unixMs) - now);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests && ReportedRate(response) is > 0 and var rate)
        {
            return TimeSpan.FromSeconds(1 / rate);
        }

        return null;
    }

    /// <summary>The SP-API rate the response reports, in requests per second, or null.</summary>
    public static double? ReportedRate(HttpResponseMessage response) =>
        First(response, AmazonRateLimitHeader) is { } text
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
            ? rate
            : null;

    private static string? First(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan NotNegative(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}

using System.Globalization;
using System.Net;
using Inventory.Core.Sync;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Inventory.Channels.Common;

/// <summary>
/// Sends one outbound request through the channel's resilient client and turns what cannot be answered into a
/// <see cref="PushResult"/>: an open circuit, the client's own rate limiter refusing, timeouts, connection failures
/// and unsuccessful statuses. Only the caller's own cancellation escapes as an exception.
/// </summary>
internal static class OutboundHttp
{
    /// <summary>Sends the request; exactly one of the two results is set.</summary>
    public static async Task<(ChannelResponse? Response, PushResult? Failure)> SendAsync(
        HttpClient client, HttpRequestMessage request, string channel, TimeProvider time,
        CancellationToken cancellationToken)
    {
        channel = ChannelDisplay.Name(channel);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return (new ChannelResponse(
                response.StatusCode, body, ThrottleSignals.RetryAfter(response, time),
                ThrottleSignals.ReportedRate(response)), null);
        }
        catch (BrokenCircuitException error)
        {
            return (null, new PushResult(
                PushStatus.Failed, null, error.RetryAfter,
                $"The {channel} circuit is open after repeated failures; calls resume after the break."));
        }
        catch (RateLimiterRejectedException error)
        {
            return (null, new PushResult(
                PushStatus.Throttled, null, error.RetryAfter ?? TimeSpan.FromSeconds(1),
                $"The {channel} client's own rate limiter queue is full; push later."));
        }
        catch (TimeoutRejectedException)
        {
            return (null, Failed($"The {channel} API did not answer in time."));
        }
        catch (HttpRequestException error)
        {
            return (null, Failed($"The {channel} API could not be reached ({error.HttpRequestError})."));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, Failed($"The {channel} API did not answer in time."));
        }
    }

    /// <summary>The result for an unsuccessful status that needs no channel-specific reading.</summary>
    public static PushResult FromStatus(ChannelResponse response, string channel, string settingsHint)
    {
        channel = ChannelDisplay.Name(channel);
        var status = ((int)response.Status).ToString(CultureInfo.InvariantCulture);
        return response.Status switch
        {
            HttpStatusCode.TooManyRequests => new PushResult(
                PushStatus.Throttled, null, response.RetryAfter ?? TimeSpan.FromSeconds(1),
                $"The {channel} API kept answering 429 (too many requests)."),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                Failed($"The {channel} API refused the credentials ({status}); check {settingsHint}."),
            _ => Failed($"The {channel} API answered {status}."),
        };
    }

    public static PushResult Failed(string error) => new(PushStatus.Failed, null, null, error);

    /// <summary>A push the client could not even try, such as a missing setting.</summary>
    public static PushResult NotConfigured(string channel, string setting) =>
        Failed($"The {ChannelDisplay.Name(channel)} outbound client is not configured: set {setting}.");
}

using System.Net;

namespace Inventory.Channels.Common;

/// <summary>A channel's answer, read whole: status, body and what it said about waiting.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body text (JSON for every channel here).</param>
/// <param name="RetryAfter">The wait the channel asked for, if any.</param>
/// <param name="ReportedRate">SP-API only: the rate in <c>x-amzn-RateLimit-Limit</c>.</param>
internal sealed record ChannelResponse(HttpStatusCode Status, string Body, TimeSpan? RetryAfter, double? ReportedRate)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Inventory.Channels.Common;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Outbound.Common;

public sealed class ThrottleSignalsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void RetryAfter_DeltaSeconds_ReturnsThem()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(3), ThrottleSignals.RetryAfter(response, _time));
    }

    [Fact]
    public void RetryAfter_WalmartReplenishTime_ReturnsTimeUntilIt()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        var next = _time.GetUtcNow().AddMilliseconds(750).ToUnixTimeMilliseconds();
        response.Headers.TryAddWithoutValidation("x-next-replenish-time", next.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromMilliseconds(750), ThrottleSignals.RetryAfter(response, _time));
    }

    [Fact]
    public void RetryAfter_AmazonRateOn429_ReturnsOneRequestsShare()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("x-amzn-RateLimit-Limit", "5.0");

        Assert.Equal(TimeSpan.FromMilliseconds(200), ThrottleSignals.RetryAfter(response, _time));
    }

    [Fact]
    public void RetryAfter_AmazonRateOnSuccess_ReturnsNull()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.TryAddWithoutValidation("x-amzn-RateLimit-Limit", "5.0");

        Assert.Null(ThrottleSignals.RetryAfter(response, _time));
        Assert.Equal(5.0, ThrottleSignals.ReportedRate(response));
    }
}

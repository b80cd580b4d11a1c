using System.Net;
using System.Text;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;
using Inventory.Core.Sync;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.RateLimiting;

namespace Inventory.Channels.Tests.Outbound.Common;

public sealed class TokenedRequestTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger _logger = new();
    private readonly Queue<HttpStatusCode> _answers = new();
    private readonly List<(string Method, string Path, string? Token, string? Body)> _sent = [];
    private readonly List<HttpStatusCode> _observed = [];
    private readonly ChannelAccessToken _token;

    public TokenedRequestTests()
    {
        _token = new CountingTokenExchange(_time).Token();
    }

    public void Dispose() => _token.Dispose();

    [Fact]
    public async Task SendAsync_TokenRefused_SendsTheSameRequestOnceMoreWithAFreshToken()
    {
        var (response, failure) = await SendAsync(
            HttpMethod.Put, "{\"quantity\":3}", HttpStatusCode.Unauthorized, HttpStatusCode.OK);

        Assert.Null(failure);
        Assert.Equal(HttpStatusCode.OK, response!.Status);
        Assert.Equal(
            [
                ("PUT", "/items/SKU-1", "token-1", "{\"quantity\":3}"),
                ("PUT", "/items/SKU-1", "token-2", "{\"quantity\":3}"),
            ],
            _sent);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.OK], _observed);
    }

    [Fact]
    public async Task SendAsync_RefusedTwice_ReturnsTheRefusalForTheClientToReport()
    {
        var (response, failure) = await SendAsync(
            HttpMethod.Get, null, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized);

        Assert.Null(failure);
        Assert.Equal(HttpStatusCode.Unauthorized, response!.Status);
        Assert.Equal(2, _sent.Count);
    }

    [Fact]
    public async Task SendAsync_NoCredentials_FailsNamingTheSettingsWithoutSending()
    {
        using var token = new ChannelAccessToken(_time, TimeSpan.Zero, null, null, "Shop has no credentials.");
        using var client = Client(new RecordingHandler(this));

        var (response, failure) = await Request(token).SendAsync(
            client, HttpMethod.Get, "items/SKU-1", null, null, default);

        Assert.Null(response);
        Assert.Equal(PushStatus.Failed, failure!.Status);
        Assert.Equal("Shop has no credentials.", failure.Error);
        Assert.Empty(_sent);
    }

    [Fact]
    public async Task SendAsync_OnALeaseTokenRefused_LeasePaysForTheFirstSendOnly()
    {
        // A frozen clock: the bucket refills nothing, so what it holds afterwards counts what the sends spent.
        using var bucket = new ContinuousTokenBucket(_time, requestsPerSecond: 1, burst: 2, queueLimit: 0);
        using var lease = await OutboundLeases.AcquireAsync(bucket, default);
        _answers.Enqueue(HttpStatusCode.Unauthorized);
        _answers.Enqueue(HttpStatusCode.OK);
        using var handler = new ResilienceHandler(new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args => OutboundLeases.AcquireForAttemptAsync(args.Context, bucket),
            })
            .Build())
        {
            InnerHandler = new RecordingHandler(this),
        };
        using var client = Client(handler);

        var (response, _) = await Request(_token).SendAsync(
            client, HttpMethod.Patch, "items/SKU-1", "{}", lease, default);

        Assert.Equal(HttpStatusCode.OK, response!.Status);
        Assert.False(lease.IsHeld);
        Assert.Equal(0, bucket.GetStatistics()!.CurrentAvailablePermits);
    }

    /// <summary>Sends to <c>items/SKU-1</c> with the exchanged token, answering each send with the next status.
    /// </summary>
    private async Task<(ChannelResponse? Response, PushResult? Failure)> SendAsync(
        HttpMethod method, string? body, params HttpStatusCode[] answers)
    {
        foreach (var answer in answers)
        {
            _answers.Enqueue(answer);
        }

        using var client = Client(new RecordingHandler(this));
        return await Request(_token).SendAsync(client, method, "items/SKU-1", body, null, default);
    }

    private TokenedRequest Request(ChannelAccessToken token) => new(
        "Shop",
        _time,
        _logger,
        token,
        static (request, value) => request.Headers.TryAddWithoutValidation("x-token", value),
        static response => response.Status is HttpStatusCode.Unauthorized,
        response => _observed.Add(response.Status));

    private static HttpClient Client(HttpMessageHandler handler) =>
        new(handler) { BaseAddress = new Uri("https://api.example.test/") };

    /// <summary>Records each request and answers it with the next queued status.</summary>
    private sealed class RecordingHandler(TokenedRequestTests test) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = request.Headers.TryGetValues("x-token", out var values) ? values.Single() : null;
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            test._sent.Add((request.Method.Method, request.RequestUri!.AbsolutePath, token, body));
            return new HttpResponseMessage(test._answers.Dequeue())
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
        }
    }
}

using System.Net;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Common;

public sealed class ChannelApiTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly AnsweringHandler _handler = new();
    private readonly HttpClient _client;
    private readonly CountingTokenExchange _exchange;

    public ChannelApiTests()
    {
        _exchange = new CountingTokenExchange(_time);
        _client = new HttpClient(_handler) { BaseAddress = new Uri("https://api.example.test/") };
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task GetJsonAsync_TokenRefused_FetchesAFreshTokenAndSendsOnce()
    {
        using var token = _exchange.Token();
        _handler.Answers.Enqueue(HttpStatusCode.Unauthorized);
        _handler.Answers.Enqueue(HttpStatusCode.OK);

        using var document = await Get(token);

        Assert.NotNull(document);
        Assert.Equal(["token-1", "token-2"], _handler.Tokens);
        Assert.Equal(2, _exchange.Exchanges);
    }

    [Fact]
    public async Task GetJsonAsync_ForbiddenTwice_ThrowsAfterOneRetry()
    {
        using var token = _exchange.Token();
        _handler.Answers.Enqueue(HttpStatusCode.Forbidden);
        _handler.Answers.Enqueue(HttpStatusCode.Forbidden);

        var error = await Assert.ThrowsAsync<ChannelApiException>(() => Get(token));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _handler.Tokens.Count);
    }

    [Fact]
    public async Task GetJsonAsync_FixedTokenRefused_ThrowsWithoutRetry()
    {
        using var token = new ChannelAccessToken(_time, TimeSpan.Zero, null, "fixed", "no credentials");
        _handler.Answers.Enqueue(HttpStatusCode.Unauthorized);

        await Assert.ThrowsAsync<ChannelApiException>(() => Get(token));

        Assert.Equal(["fixed"], _handler.Tokens);
    }

    [Fact]
    public async Task GetJsonAsync_NoCredentials_SendsWithoutAToken()
    {
        using var token = new ChannelAccessToken(_time, TimeSpan.Zero, null, null, "no credentials");
        _handler.Answers.Enqueue(HttpStatusCode.Unauthorized);

        var error = await Assert.ThrowsAsync<ChannelApiException>(() => Get(token));

        Assert.Equal([null], _handler.Tokens);
        Assert.Contains("check the access token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetJsonAsync_ExchangeFails_ThrowsWithTheExchangesReason()
    {
        using var token = new ChannelAccessToken(
            _time, TimeSpan.Zero, _ => throw new ChannelTokenException("The Shop token endpoint answered 400."),
            null, "no credentials");

        var error = await Assert.ThrowsAsync<ChannelApiException>(() => Get(token));

        Assert.Contains("token endpoint answered 400", error.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Tokens);
    }

    [Fact]
    public async Task GetJsonAsync_TwoCallsWithinTheLifetime_ExchangeOnce()
    {
        using var token = _exchange.Token();
        _handler.Answers.Enqueue(HttpStatusCode.OK);
        _handler.Answers.Enqueue(HttpStatusCode.OK);

        (await Get(token))?.Dispose();
        _time.Advance(TimeSpan.FromMinutes(30));
        (await Get(token))?.Dispose();

        Assert.Equal(1, _exchange.Exchanges);
        Assert.Equal(["token-1", "token-1"], _handler.Tokens);
    }

    private Task<System.Text.Json.JsonDocument?> Get(ChannelAccessToken token) =>
        ChannelApi.GetJsonAsync(
            _client,
            value =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "orders/1");
                if (value is not null)
                {
                    request.Headers.TryAddWithoutValidation("x-token", value);
                }

                return request;
            },
            token,
            "Shop",
            "getOrder",
            NullLogger.Instance,
            default);
}

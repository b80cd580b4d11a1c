using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Common;

public sealed class RefusedTokenRetryTests : IDisposable
{
    private const int TokenRefusedEvent = 4512;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger _logger = new();
    private readonly List<string> _sent = [];
    private readonly CountingTokenExchange _exchange;
    private readonly ChannelAccessToken _exchanged;

    public RefusedTokenRetryTests()
    {
        _exchange = new CountingTokenExchange(_time);
        _exchanged = _exchange.Token();
    }

    public void Dispose() => _exchanged.Dispose();

    [Fact]
    public async Task SendAsync_Accepted_SendsOnce()
    {
        var answer = await SendAsync(_exchanged, "accepted");

        Assert.Equal("accepted", answer.Text);
        Assert.Equal(["token-1"], _sent);
        Assert.Empty(_logger.EventIds);
    }

    [Fact]
    public async Task SendAsync_TokenRefused_DropsItAndSendsOnceMoreWithAFreshOne()
    {
        var answer = await SendAsync(_exchanged, "refused", "accepted");

        Assert.Equal("accepted", answer.Text);
        Assert.Equal(["token-1", "token-2"], _sent);
        Assert.Equal(2, _exchange.Exchanges);
        Assert.Equal([TokenRefusedEvent], _logger.EventIds);
    }

    [Fact]
    public async Task SendAsync_RefusedTwice_ReturnsTheSecondRefusalWithoutAThirdSend()
    {
        var answer = await SendAsync(_exchanged, "refused", "refused", "accepted");

        Assert.Equal("refused", answer.Text);
        Assert.Equal(["token-1", "token-2"], _sent);
        Assert.Equal([TokenRefusedEvent], _logger.EventIds);
    }

    [Fact]
    public async Task SendAsync_TokenRefused_NextCallerGetsTheFreshToken()
    {
        await SendAsync(_exchanged, "refused", "accepted");

        var next = await _exchanged.GetAsync(default);

        Assert.Equal("token-2", next);
    }

    [Fact]
    public async Task SendAsync_FixedTokenRefused_ReturnsTheRefusalWithoutRetry()
    {
        using var token = new ChannelAccessToken(_time, TimeSpan.Zero, null, "fixed", "no credentials");

        var answer = await SendAsync(token, "refused", "accepted");

        Assert.Equal("refused", answer.Text);
        Assert.Equal(["fixed"], _sent);
        Assert.Empty(_logger.EventIds);
    }

    [Fact]
    public async Task SendAsync_NoCredentials_ThrowsTheMissingSettingsWithoutSending()
    {
        using var token = new ChannelAccessToken(_time, TimeSpan.Zero, null, null, "Shop has no credentials.");

        var error = await Assert.ThrowsAsync<ChannelTokenException>(() => SendAsync(token, "accepted"));

        Assert.Equal("Shop has no credentials.", error.Message);
        Assert.Empty(_sent);
    }

    [Fact]
    public async Task SendAsync_FreshTokenCannotBeHad_ThrowsAfterTheRefusal()
    {
        var exchanges = 0;
        using var token = new ChannelAccessToken(
            _time,
            TimeSpan.Zero,
            _ => ++exchanges == 1
                ? Task.FromResult(new AccessToken("token-1", _time.GetUtcNow().AddHours(1)))
                : throw new ChannelTokenException("The Shop token endpoint answered 400."),
            null,
            "no credentials");

        var error = await Assert.ThrowsAsync<ChannelTokenException>(() => SendAsync(token, "refused", "accepted"));

        Assert.Contains("answered 400", error.Message, StringComparison.Ordinal);
        Assert.Equal(["token-1"], _sent);
    }

    [Fact]
    public async Task SendAsync_RefusedAnswerIsDisposable_DisposesItBeforeSendingAgain()
    {
        var first = new Answer("refused");

        var answer = await RefusedTokenRetry.SendAsync(
            _exchanged,
            (_, _) => Task.FromResult(first.IsDisposed ? new Answer("accepted") : first),
            response => response.Text == "refused",
            "Shop",
            _logger,
            default);

        Assert.True(first.IsDisposed);
        Assert.False(answer.IsDisposed);
    }

    /// <summary>Sends through the retry, answering each send with the next of <paramref name="answers"/>.</summary>
    private Task<Answer> SendAsync(ChannelAccessToken token, params string[] answers)
    {
        var next = new Queue<string>(answers);
        return RefusedTokenRetry.SendAsync(
            token,
            (value, _) =>
            {
                _sent.Add(value);
                return Task.FromResult(new Answer(next.Dequeue()));
            },
            response => response.Text == "refused",
            "Shop",
            _logger,
            default);
    }

    private sealed class Answer(string text) : IDisposable
    {
        public string Text => text;

        public bool IsDisposed { get; private set; }

        public void Dispose() => IsDisposed = true;
    }
}

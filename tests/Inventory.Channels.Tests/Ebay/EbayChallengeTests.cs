using System.Text.Json;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;

namespace Inventory.Channels.Tests.Ebay;

public sealed class EbayChallengeTests
{
    private const string Token = "token-0123456789-0123456789-0123456789";
    private const string Endpoint = "https://inventory.example.com/webhooks/ebay";

    [Fact]
    public async Task AnswerChallengeAsync_KnownVector_AnswersTheHash()
    {
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Ebay:VerificationToken"] = Token,
            ["Channels:Ebay:EndpointUrl"] = Endpoint,
        });

        var answer = await harness.Channel(ChannelNames.Ebay)
            .AnswerChallengeAsync(Challenge("abc123", "http://10.0.0.5/x"), default);

        // Computed once: hex(SHA-256("abc123" + token + endpoint)).
        Assert.NotNull(answer);
        Assert.Equal((200, "application/json"), (answer.StatusCode, answer.ContentType));
        Assert.Equal(
            "5e21268e7fccccd94b975073d4e3074264085dd40c3d458e34c78667d7daf620",
            JsonDocument.Parse(answer.Body).RootElement.GetProperty("challengeResponse").GetString());
    }

    [Fact]
    public async Task AnswerChallengeAsync_NoEndpointConfigured_HashesTheRequestUrl()
    {
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Ebay:VerificationToken"] = Token,
        });

        var answer = await harness.Channel(ChannelNames.Ebay)
            .AnswerChallengeAsync(Challenge("abc123", Endpoint), default);

        Assert.Contains(
            "5e21268e7fccccd94b975073d4e3074264085dd40c3d458e34c78667d7daf620", answer!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerChallengeAsync_MissingCode_Answers400()
    {
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Ebay:VerificationToken"] = Token,
        });

        var answer = await harness.Channel(ChannelNames.Ebay)
            .AnswerChallengeAsync(Deliveries.Get("ebay", new Dictionary<string, string>(), Endpoint), default);

        Assert.Equal(400, answer!.StatusCode);
    }

    [Fact]
    public async Task AnswerChallengeAsync_NoToken_Answers503()
    {
        using var harness = ChannelHarness.Create();

        var answer = await harness.Channel(ChannelNames.Ebay)
            .AnswerChallengeAsync(Challenge("abc123", Endpoint), default);

        Assert.Equal(503, answer!.StatusCode);
    }

    [Theory]
    [InlineData(ChannelNames.Shopify)]
    [InlineData(ChannelNames.Amazon)]
    [InlineData(ChannelNames.Walmart)]
    [InlineData(ChannelNames.Tiktok)]
    public async Task AnswerChallengeAsync_OtherChannels_HaveNoChallenge(string channel)
    {
        using var harness = ChannelHarness.Create();

        var answer = await harness.Channel(channel).AnswerChallengeAsync(Challenge("abc123", Endpoint), default);

        Assert.Null(answer);
    }

    private static Core.Webhooks.WebhookRequest Challenge(string code, string url) =>
        Deliveries.Get("ebay", new Dictionary<string, string> { ["challenge_code"] = code }, url);
}

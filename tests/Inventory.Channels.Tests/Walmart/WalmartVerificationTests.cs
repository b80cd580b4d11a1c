using System.Text;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;

namespace Inventory.Channels.Tests.Walmart;

public sealed class WalmartVerificationTests
{
    private const string Secret = "wm-client-secret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"id\":1}");

    [Fact]
    public async Task VerifyAsync_KnownBase64Vector_IsAuthentic()
    {
        // Computed once with the documented algorithm: base64(HMAC-SHA256(client secret, payload)).
        var result = await Verify(Hmac(), ("X-Walmart-Signature", "wey7oVmUqWTvzPcCKIYzYJj+2NwCAz0mcyyQgUiJtbA="));

        Assert.True(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_HexEncodingConfigured_AcceptsHex()
    {
        var settings = Hmac();
        settings["Channels:Walmart:SignatureEncoding"] = "Hex";

        var result = await Verify(
            settings, ("X-Walmart-Signature", Signatures.HmacHex(Secret, Body).ToUpperInvariant()));

        Assert.True(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_ConfiguredHeaderName_IsTheOneRead()
    {
        var settings = Hmac();
        settings["Channels:Walmart:AuthHeaderName"] = "X-My-Hook-Sig";

        var result = await Verify(settings, ("X-My-Hook-Sig", Signatures.HmacBase64(Secret, Body)));

        Assert.True(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_WrongSecret_IsRefused()
    {
        var result = await Verify(Hmac(), ("X-Walmart-Signature", Signatures.HmacBase64("other-secret", Body)));

        Assert.False(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_MissingSignature_IsRefused()
    {
        Assert.False((await Verify(Hmac())).IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_BasicAuthMatching_IsAuthentic()
    {
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("hook-user:hook-pass"));

        var result = await Verify(Basic(), ("Authorization", $"Basic {credentials}"));

        Assert.True(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_BasicAuthWrongPassword_IsRefused()
    {
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("hook-user:guess"));

        var result = await Verify(Basic(), ("Authorization", $"Basic {credentials}"));

        Assert.False(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_NothingConfigured_IsRefusedWithReason()
    {
        var result = await Verify(
            new Dictionary<string, string?>(), ("X-Walmart-Signature", Signatures.HmacBase64(Secret, Body)));

        Assert.False(result.IsAuthentic);
        Assert.Contains("Channels:Walmart:ClientSecret", result.Reason, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Hmac() => new() { ["Channels:Walmart:ClientSecret"] = Secret };

    private static Dictionary<string, string?> Basic() => new()
    {
        ["Channels:Walmart:AuthMethod"] = "BasicAuth",
        ["Channels:Walmart:BasicAuthUser"] = "hook-user",
        ["Channels:Walmart:BasicAuthPassword"] = "hook-pass",
    };

    private static async Task<Core.Webhooks.WebhookVerification> Verify(
        Dictionary<string, string?> settings, params (string Name, string Value)[] headers)
    {
        using var harness = ChannelHarness.Create(settings);
        return await harness.Channel(ChannelNames.Walmart)
            .VerifyAsync(Deliveries.Post("walmart", Body, headers), default);
    }
}

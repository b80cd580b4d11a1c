using System.Text;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;

namespace Inventory.Channels.Tests.Shopify;

public sealed class ShopifyVerificationTests : IDisposable
{
    private const string Secret = "shpss_test_secret";
    private const string OldSecret = "shpss_old_secret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"id\":1}");

    private readonly ChannelHarness _harness = ChannelHarness.Create(new Dictionary<string, string?>
    {
        ["Channels:Shopify:WebhookSecret"] = Secret,
        ["Channels:Shopify:PreviousWebhookSecret"] = OldSecret,
    });

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task VerifyAsync_KnownVector_IsAuthentic()
    {
        // Computed once with the documented algorithm: base64(HMAC-SHA256(secret, body)).
        var request = Deliveries.Post(
            "shopify", Body, ("X-Shopify-Hmac-Sha256", "K2XDCjoIIQnsCAW9wJNjHt4VwaiFCMoHAkXVA+JPSq0="));

        var result = await Channel().VerifyAsync(request, default);

        Assert.True(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_FixtureSignedWithCurrentSecret_IsAuthentic()
    {
        var body = Deliveries.Fixture("shopify", "orders-create.json");
        var request = Deliveries.Post("shopify", body, ("X-Shopify-Hmac-Sha256", Signatures.HmacBase64(Secret, body)));

        var result = await Channel().VerifyAsync(request, default);

        Assert.True(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_SignedWithPreviousSecret_IsAuthentic()
    {
        var request = Deliveries.Post(
            "shopify", Body, ("X-Shopify-Hmac-Sha256", Signatures.HmacBase64(OldSecret, Body)));

        var result = await Channel().VerifyAsync(request, default);

        Assert.True(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_SignedWithStaleSecret_IsRefused()
    {
        var request = Deliveries.Post(
            "shopify", Body, ("X-Shopify-Hmac-Sha256", Signatures.HmacBase64("shpss_retired_long_ago", Body)));

        var result = await Channel().VerifyAsync(request, default);

        Assert.False(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_TamperedBody_IsRefused()
    {
        var signature = Signatures.HmacBase64(Secret, Body);
        var request = Deliveries.Post("shopify", "{\"id\":2}", ("X-Shopify-Hmac-Sha256", signature));

        var result = await Channel().VerifyAsync(request, default);

        Assert.False(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_MissingHeader_IsRefusedNamingTheHeader()
    {
        var result = await Channel().VerifyAsync(Deliveries.Post("shopify", Body), default);

        Assert.False(result.IsAuthentic);
        Assert.Contains("X-Shopify-Hmac-Sha256", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_HeaderNotBase64_IsRefused()
    {
        var request = Deliveries.Post("shopify", Body, ("X-Shopify-Hmac-Sha256", "not base64 at all!"));

        var result = await Channel().VerifyAsync(request, default);

        Assert.False(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_NoSecretConfigured_RefusesWithoutLeakingAnything()
    {
        using var harness = ChannelHarness.Create();
        var request = Deliveries.Post("shopify", Body, ("X-Shopify-Hmac-Sha256", Signatures.HmacBase64(Secret, Body)));

        var result = await harness.Channel(ChannelNames.Shopify).VerifyAsync(request, default);

        Assert.False(result.IsAuthentic);
        Assert.Contains("Channels:Shopify:WebhookSecret", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_Refused_ReasonNeverHoldsTheSecret()
    {
        var request = Deliveries.Post("shopify", Body, ("X-Shopify-Hmac-Sha256", Signatures.HmacBase64("wrong", Body)));

        var result = await Channel().VerifyAsync(request, default);

        Assert.DoesNotContain(Secret, result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(OldSecret, result.Reason, StringComparison.Ordinal);
    }

    private Inventory.Core.Webhooks.IWebhookChannel Channel() => _harness.Channel(ChannelNames.Shopify);
}

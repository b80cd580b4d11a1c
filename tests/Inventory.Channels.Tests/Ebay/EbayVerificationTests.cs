using System.Text;
using Inventory.Channels.Common;
using Inventory.Channels.Tests.Support;
using Inventory.Core.Webhooks;

namespace Inventory.Channels.Tests.Ebay;

public sealed class EbayVerificationTests : IDisposable
{
    private const string KeyId = "kid-0001";
    private const string KeyPath = "/commerce/notification/v1/public_key/kid-0001";

    private readonly FakeApi _api = new();
    private readonly EbaySigner _signer = new();
    private readonly ChannelHarness _harness;
    private readonly byte[] _body = Deliveries.Fixture("ebay", "order-confirmation.json");

    public EbayVerificationTests()
    {
        _api.Json(KeyPath, _signer.KeyResponse());
        _api.Status("/commerce/notification/v1/public_key/kid-unknown", 404);
        _harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Ebay:VerificationToken"] = "token-0123456789-0123456789-0123456789",
            ["Channels:Ebay:ApiBaseUrl"] = _api.Url,
        });
    }

    public void Dispose()
    {
        _harness.Dispose();
        _signer.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task VerifyAsync_SignedWithServedKey_IsAuthentic()
    {
        var result = await Verify(_body, _signer.Header(_body, KeyId));

        Assert.True(result.IsAuthentic, result.Reason);
    }

    [Fact]
    public async Task VerifyAsync_Sha256Digest_IsHonoured()
    {
        var result = await Verify(_body, _signer.Header(_body, KeyId, "SHA256"));

        Assert.True(result.IsAuthentic, result.Reason);
    }

    [Fact]
    public async Task VerifyAsync_TamperedBody_IsRefused()
    {
        var header = _signer.Header(_body, KeyId);
        var tampered = Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(_body).Replace("10070001", "10070002", StringComparison.Ordinal));

        var result = await Verify(tampered, header);

        Assert.False(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_UnknownKeyId_IsRefused()
    {
        var result = await Verify(_body, _signer.Header(_body, "kid-unknown"));

        Assert.False(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_SignedWithAnotherKey_IsRefused()
    {
        using var impostor = new EbaySigner();

        var result = await Verify(_body, impostor.Header(_body, KeyId));

        Assert.False(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_TwoDeliveries_FetchTheKeyOnce()
    {
        await Verify(_body, _signer.Header(_body, KeyId));
        await Verify(_body, _signer.Header(_body, KeyId));

        Assert.Equal(1, _api.Calls(KeyPath));
    }

    [Fact]
    public async Task VerifyAsync_AfterTheCacheLifetime_FetchesTheKeyAgain()
    {
        await Verify(_body, _signer.Header(_body, KeyId));
        _harness.Time.Advance(TimeSpan.FromMinutes(61));

        await Verify(_body, _signer.Header(_body, KeyId));

        Assert.Equal(2, _api.Calls(KeyPath));
    }

    [Fact]
    public async Task VerifyAsync_KeyOnOneLine_IsStillRead()
    {
        using var api = new FakeApi();
        var oneLine = _signer.PublicKeyPem.Replace("\n", string.Empty, StringComparison.Ordinal);
        api.Json(KeyPath, $$"""{"algorithm":"ECDSA","digest":"SHA1","key":"{{oneLine}}"}""");
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Ebay:VerificationToken"] = "t",
            ["Channels:Ebay:ApiBaseUrl"] = api.Url,
        });

        var result = await harness.Channel(ChannelNames.Ebay)
            .VerifyAsync(Deliveries.Post("ebay", _body, ("X-EBAY-SIGNATURE", _signer.Header(_body, KeyId))), default);

        Assert.True(result.IsAuthentic, result.Reason);
    }

    [Fact]
    public async Task VerifyAsync_KeyApiFails_ThrowsChannelApiException()
    {
        using var api = new FakeApi().Status(KeyPath, 500);
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Ebay:VerificationToken"] = "t",
            ["Channels:Ebay:ApiBaseUrl"] = api.Url,
        });
        var request = Deliveries.Post("ebay", _body, ("X-EBAY-SIGNATURE", _signer.Header(_body, KeyId)));

        await Assert.ThrowsAsync<ChannelApiException>(
            async () => await harness.Channel(ChannelNames.Ebay).VerifyAsync(request, default));
    }

    [Fact]
    public async Task VerifyAsync_MissingHeader_IsRefused()
    {
        var result = await _harness.Channel(ChannelNames.Ebay).VerifyAsync(Deliveries.Post("ebay", _body), default);

        Assert.False(result.IsAuthentic);
    }

    [Fact]
    public async Task VerifyAsync_HeaderNotBase64Json_IsRefusedWithoutCallingEbay()
    {
        var result = await Verify(_body, Convert.ToBase64String(Encoding.UTF8.GetBytes("not json")));

        Assert.False(result.IsAuthentic);
        Assert.Empty(_api.Entries);
    }

    [Fact]
    public async Task VerifyAsync_ClientCredentialsSet_FetchesTheKeyWithAnApplicationToken()
    {
        _api.Token("/identity/v1/oauth2/token", "v^1.1#exchanged");
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Ebay:VerificationToken"] = "token-0123456789-0123456789-0123456789",
            ["Channels:Ebay:ApiBaseUrl"] = _api.Url,
            ["Channels:Ebay:ClientId"] = "app-id",
            ["Channels:Ebay:ClientSecret"] = "cert-id",
        });

        var result = await harness.Channel(ChannelNames.Ebay)
            .VerifyAsync(Deliveries.Post("ebay", _body, ("X-EBAY-SIGNATURE", _signer.Header(_body, KeyId))), default);

        Assert.True(result.IsAuthentic, result.Reason);
        var exchange = Assert.Single(_api.Entries, e => e.RequestMessage.Path == "/identity/v1/oauth2/token");
        Assert.Contains("grant_type=client_credentials", exchange.RequestMessage.Body, StringComparison.Ordinal);
        var lookup = Assert.Single(_api.Entries, e => e.RequestMessage.Path == KeyPath);
        Assert.Equal("Bearer v^1.1#exchanged", lookup.RequestMessage.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task VerifyAsync_NotConfigured_IsRefused()
    {
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Ebay:ApiBaseUrl"] = _api.Url,
        });

        var result = await harness.Channel(ChannelNames.Ebay)
            .VerifyAsync(Deliveries.Post("ebay", _body, ("X-EBAY-SIGNATURE", _signer.Header(_body, KeyId))), default);

        Assert.False(result.IsAuthentic);
    }

    private async Task<WebhookVerification> Verify(byte[] body, string header) =>
        await _harness.Channel(ChannelNames.Ebay)
            .VerifyAsync(Deliveries.Post("ebay", body, ("X-EBAY-SIGNATURE", header)), default);
}

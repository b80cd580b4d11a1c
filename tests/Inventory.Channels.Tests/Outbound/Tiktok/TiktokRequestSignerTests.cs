using Inventory.Channels.Tiktok;

namespace Inventory.Channels.Tests.Outbound.Tiktok;

public sealed class TiktokRequestSignerTests
{
    private static readonly KeyValuePair<string, string>[] Query =
    [
        new("timestamp", "1700000000"),
        new("shop_cipher", "cipher"),
        new("sign", "ignored"),
        new("app_key", "key"),
        new("access_token", "ignored-too"),
    ];

    [Fact]
    public void Canonical_Query_SortsParametersAndLeavesOutSignAndAccessToken()
    {
        var text = TiktokRequestSigner.Canonical("secret", "/product/202309/products/1/inventory/update", Query, "{}");

        Assert.Equal(
            "secret/product/202309/products/1/inventory/updateapp_keykeyshop_ciphercipher"
            + "timestamp1700000000{}secret",
            text);
    }

    [Fact]
    public void Sign_KnownRequest_MatchesIndependentlyComputedHmac()
    {
        // Computed outside .NET: HMAC-SHA256 keyed "secret" over the canonical text above, lower-case hex.
        var sign = TiktokRequestSigner.Sign("secret", "/product/202309/products/1/inventory/update", Query, "{}");

        Assert.Equal(ExpectedSign, sign);
    }

    [Fact]
    public void Sign_NoBody_SignsPathAndParametersOnly()
    {
        var withoutBody = TiktokRequestSigner.Sign("secret", "/product/202309/products/1", Query, null);
        var emptyBody = TiktokRequestSigner.Sign("secret", "/product/202309/products/1", Query, string.Empty);

        Assert.Equal(withoutBody, emptyBody);
        Assert.Equal(64, withoutBody.Length);
    }

    private const string ExpectedSign = "bba68f385888af19a949a17a199f5c5a670e76c647eb81c02037ebfca298aee1";
}

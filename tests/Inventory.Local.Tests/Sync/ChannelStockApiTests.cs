using System.Net;
using System.Text.Json;

namespace Inventory.Local.Tests.Sync;

public sealed class ChannelStockApiTests(FakeChannelsHostFixture fixture) : IClassFixture<FakeChannelsHostFixture>
{
    private LocalHostFixture Host => fixture.Host;

    [Fact]
    public async Task GetChannels_PlentifulStock_EveryListingShowsItsFeedingAvailable()
    {
        await Host.PostJsonAsync("/api/stock/adjustments", new { sku = "CH-1", location = "WH-MAIN", delta = 40, reason = "r" });

        var body = await Host.GetJsonAsync("/api/stock/CH-1/channels");

        var listings = body.GetProperty("listings").EnumerateArray().ToDictionary(
            l => l.GetProperty("listing").GetString()!, l => l.GetProperty("target").GetInt32());
        Assert.Equal(40, listings["shopify"]);
        Assert.Equal(40, listings["ebay"]);
        Assert.Equal(0, listings["amazon-fba"]);
    }

    [Fact]
    public async Task GetChannels_ThreeUnits_SharedSoTheSumNeverExceedsWhatCanShip()
    {
        await Host.PostJsonAsync("/api/stock/adjustments", new { sku = "CH-2", location = "WH-MAIN", delta = 3, reason = "r" });

        var body = await Host.GetJsonAsync("/api/stock/CH-2/channels");

        var own = body.GetProperty("listings").EnumerateArray()
            .Where(l => l.GetProperty("listing").GetString() != "amazon-fba")
            .Sum(l => l.GetProperty("target").GetInt32());
        Assert.Equal(3, own);
    }

    [Fact]
    public async Task GetChannels_UnknownSku_Returns404()
    {
        var response = await Host.Client.GetAsync(new Uri("/api/stock/NOPE-CH/channels", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

namespace Inventory.Local.Tests.Sync;

/// <summary><c>GET /api/stock/{sku}/channels</c> on a host whose channels have no outbound settings.</summary>
public sealed class ChannelStockNotConfiguredApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task GetChannels_NoOutboundSettings_EveryListingShownAsNotConfigured()
    {
        await host.PostJsonAsync(
            "/api/stock/adjustments", new { sku = "NC-1", location = "WH-MAIN", delta = 4, reason = "r" });

        var body = await host.GetJsonAsync("/api/stock/NC-1/channels");

        var listings = body.GetProperty("listings").EnumerateArray().ToList();
        Assert.Equal(6, listings.Count);
        Assert.All(listings, l => Assert.Equal(
            ("notConfigured", false), (l.GetProperty("status").GetString(), l.GetProperty("configured").GetBoolean())));
    }
}

using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Inventory.FakeMarketplaces;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Channels.Tests.Outbound.Common;

/// <summary>
/// A token the channel refuses while our cache still holds it fresh, as each client with a token exchange meets it:
/// Amazon answers 403, Walmart and eBay 401. The fakes run on a clock of their own, which the test moves past every
/// fake token's lifetime while ours stands still.
/// </summary>
public sealed class RefusedTokenTests
{
    private const string Sku = "SKU-1";

    public static TheoryData<string, string> Channels => new()
    {
        { ChannelNames.Amazon, "/listings/" },
        { ChannelNames.Walmart, "/v3/inventory" },
        { ChannelNames.Ebay, "/bulk_update_price_quantity" },
    };

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task PushAsync_ChannelRefusesTheCachedToken_ExchangesAgainAndSendsOnceMore(
        string channel, string inventoryPath)
    {
        var channelTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await OutboundHarness.StartAsync(
            new Dictionary<string, string?> { ["Channels:Ebay:BatchWindowMilliseconds"] = "0" },
            fakeOptions: new FakeMarketplaceOptions { Time = channelTime });
        await harness.Client(channel).PushAsync(OutboundHarness.Push(channel, Sku, 1), default);

        channelTime.Advance(TimeSpan.FromHours(3));
        var result = await harness.Client(channel).PushAsync(OutboundHarness.Push(channel, Sku, 2), default);

        Assert.True(result.Status == PushStatus.Accepted, result.Error);
        Assert.Equal(2, harness.State.TokenRequests(channel));
        Assert.Equal(3, harness.Requests(channel, inventoryPath).Count);
        Assert.Equal(2, harness.State.Quantity(channel, Sku));
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Inventory.Core.Sync;

namespace Inventory.Local;

/// <summary>
/// With <c>--fake-channels</c>, every SKU counts as listed on the fake Shopify and TikTok Shop (the channels that
/// address a listing by their own ids), so a new user sees all five channels converge without mapping anything.
/// Listings stored through <see cref="SetAsync"/> are not kept: the fakes need none.
/// </summary>
internal sealed class FakeChannelListings : IChannelListingDirectory
{
    public Task<ChannelListing?> FindAsync(string channel, string sku, CancellationToken cancellationToken = default)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sku));
        var id = (BitConverter.ToUInt32(hash, 0) % 1_000_000_000).ToString(CultureInfo.InvariantCulture);
        ChannelListing? listing = channel switch
        {
            "shopify" => new ChannelListing(channel, sku) { InventoryItemId = id, LocationId = "1" },
            "tiktok" => new ChannelListing(channel, sku) { ProductId = id, SkuId = id, WarehouseId = "1" },
            _ => null,
        };
        return Task.FromResult(listing);
    }

    public Task SetAsync(ChannelListing listing, CancellationToken cancellationToken = default) => Task.CompletedTask;
}

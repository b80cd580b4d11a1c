using System.Collections.Concurrent;
using Inventory.Core.Sync;

namespace Inventory.Channels.Tests.Outbound.Common;

/// <summary>Channel listings in a dictionary.</summary>
public sealed class InMemoryChannelListings : IChannelListingDirectory
{
    private readonly ConcurrentDictionary<(string, string), ChannelListing> _listings = new();

    public Task<ChannelListing?> FindAsync(string channel, string sku, CancellationToken cancellationToken = default) =>
        Task.FromResult(_listings.TryGetValue((channel, sku), out var listing) ? listing : null);

    public Task SetAsync(ChannelListing listing, CancellationToken cancellationToken = default)
    {
        _listings[(listing.Channel, listing.Sku)] = listing;
        return Task.CompletedTask;
    }

    public InMemoryChannelListings With(ChannelListing listing)
    {
        _listings[(listing.Channel, listing.Sku)] = listing;
        return this;
    }
}

using System.Collections.Concurrent;
using Inventory.Core.Catalog;

namespace Inventory.Channels.Tests.Support;

/// <summary>An in-memory listing map that also records what it was asked.</summary>
public sealed class FakeListingMap : IListingMap
{
    private readonly ConcurrentDictionary<(string Channel, string ExternalId), string> _skus = new();

    public ConcurrentQueue<(string Channel, string ExternalId)> Lookups { get; } = new();

    public FakeListingMap With(string channel, string externalId, string sku)
    {
        _skus[(channel, externalId)] = sku;
        return this;
    }

    public ValueTask<string?> FindSkuAsync(
        string channel, string externalId, CancellationToken cancellationToken = default)
    {
        Lookups.Enqueue((channel, externalId));
        return ValueTask.FromResult(_skus.TryGetValue((channel, externalId), out var sku) ? sku : null);
    }

    public Task SetAsync(ListingMapping mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _skus[(mapping.Channel, mapping.ExternalId)] = mapping.Sku;
        return Task.CompletedTask;
    }
}

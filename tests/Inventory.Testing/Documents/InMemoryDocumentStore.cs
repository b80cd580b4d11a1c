using System.Globalization;
using System.Text.Json;
using Inventory.Core.Documents;
using Inventory.Core.Serialization;

namespace Inventory.Testing.Documents;

/// <summary>A document store in memory; documents round-trip through JSON like the real adapters.</summary>
public sealed class InMemoryDocumentStore : IDocumentStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Collection, string Id), (string Json, string ETag, long Order)> _documents = [];
    private long _writes;

    public Task<StoredDocument<T>?> GetAsync<T>(
        string collection, string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_documents.TryGetValue((collection, id), out var stored)
                ? new StoredDocument<T>(Read<T>(stored.Json), stored.ETag)
                : null);
        }
    }

    public Task<string?> TryCreateAsync<T>(
        string collection, string id, T value, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_documents.ContainsKey((collection, id)) ? null : Write(collection, id, value));
        }
    }

    public Task<string?> TryReplaceAsync<T>(
        string collection, string id, T value, string etag, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_documents.TryGetValue((collection, id), out var stored) && stored.ETag == etag
                ? Write(collection, id, value)
                : null);
        }
    }

    public Task UpsertAsync<T>(string collection, string id, T value, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Write(collection, id, value);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<T>> ListAsync<T>(string collection, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<T> documents = _documents.Where(pair => pair.Key.Collection == collection)
                .OrderByDescending(pair => pair.Value.Order)
                .Take(limit)
                .Select(pair => Read<T>(pair.Value.Json))
                .ToArray();
            return Task.FromResult(documents);
        }
    }

    private static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, InventoryJson.Options) ?? throw new InvalidDataException("Empty document.");

    private string Write<T>(string collection, string id, T value)
    {
        var order = ++_writes;
        var etag = order.ToString(CultureInfo.InvariantCulture);
        _documents[(collection, id)] = (JsonSerializer.Serialize(value, InventoryJson.Options), etag, order);
        return etag;
    }
}

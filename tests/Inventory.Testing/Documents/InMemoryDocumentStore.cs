using System.Globalization;
using System.Text.Json;
using Inventory.Core.Documents;
using Inventory.Core.Serialization;

namespace Inventory.Testing.Documents;

/// <summary>A document store in memory; documents round-trip through JSON like the real adapters.</summary>
/// <param name="time">The clock that stamps each write; the system clock when none is given.</param>
public sealed class InMemoryDocumentStore(TimeProvider? time = null) : IDocumentStore
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Collection, string Id), Stored> _documents = [];
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

    public Task<int> DeleteWrittenBeforeAsync(
        string collection, DateTimeOffset cutoff, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var old = _documents.Where(pair => pair.Key.Collection == collection && pair.Value.WrittenAt < cutoff)
                .Take(limit)
                .Select(pair => pair.Key)
                .ToArray();
            foreach (var key in old)
            {
                _documents.Remove(key);
            }

            return Task.FromResult(old.Length);
        }
    }

    private static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, InventoryJson.Options) ?? throw new InvalidDataException("Empty document.");

    private string Write<T>(string collection, string id, T value)
    {
        var order = ++_writes;
        var etag = order.ToString(CultureInfo.InvariantCulture);
        _documents[(collection, id)] =
            new(JsonSerializer.Serialize(value, InventoryJson.Options), etag, order, _time.GetUtcNow());
        return etag;
    }

    private readonly record struct Stored(string Json, string ETag, long Order, DateTimeOffset WrittenAt);
}

namespace Inventory.Core.Documents;

/// <summary>
/// Small JSON documents grouped in named collections: purchase orders, transfers, listing mappings, unmapped lines,
/// idempotency records. Ids are any text; adapters encode them as their storage needs. Replaces are guarded by ETag.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Reads a document, or null when there is none with that id.</summary>
    Task<StoredDocument<T>?> GetAsync<T>(string collection, string id, CancellationToken cancellationToken = default);

    /// <summary>Creates a document; returns its ETag, or null when one with that id already exists.</summary>
    Task<string?> TryCreateAsync<T>(string collection, string id, T value, CancellationToken cancellationToken = default);

    /// <summary>Replaces a document if <paramref name="etag"/> is still current; returns the new ETag, else null.</summary>
    Task<string?> TryReplaceAsync<T>(
        string collection, string id, T value, string etag, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a document unconditionally.</summary>
    Task UpsertAsync<T>(string collection, string id, T value, CancellationToken cancellationToken = default);

    /// <summary>Lists a collection's documents, most recently written first.</summary>
    Task<IReadOnlyList<T>> ListAsync<T>(string collection, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes up to <paramref name="limit"/> documents of a collection last written before <paramref name="cutoff"/>
    /// (by the store's clock); returns how many it deleted. Callers repeat until fewer than the limit come back.
    /// </summary>
    Task<int> DeleteWrittenBeforeAsync(
        string collection, DateTimeOffset cutoff, int limit, CancellationToken cancellationToken = default);
}

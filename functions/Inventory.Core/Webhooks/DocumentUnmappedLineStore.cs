using Inventory.Core.Documents;

namespace Inventory.Core.Webhooks;

/// <summary>Unmapped lines kept in the document store; the line id is the document id, so a redelivery is kept once.</summary>
public sealed class DocumentUnmappedLineStore(IDocumentStore documents) : IUnmappedLineStore
{
    /// <inheritdoc />
    public async Task RecordAsync(IReadOnlyList<UnmappedLine> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            await documents.TryCreateAsync(DocumentCollections.Unmapped, line.Id, line, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public Task MarkReplayedAsync(UnmappedLine line, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(line);
        return documents.UpsertAsync(DocumentCollections.Unmapped, line.Id, line, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UnmappedLine>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        documents.ListAsync<UnmappedLine>(DocumentCollections.Unmapped, limit, cancellationToken);
}

namespace Inventory.Azure.Documents;

/// <summary>The stored id of a document, all that a purge query projects.</summary>
/// <param name="Id">The stored id, from <see cref="CosmosDocumentIds.Encode"/>.</param>
internal sealed record StoredId(string Id);

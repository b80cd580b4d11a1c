namespace Inventory.Azure.Documents;

/// <summary>One document of the <c>config</c> container, as stored.</summary>
/// <param name="Id">The stored id, from <see cref="CosmosDocumentIds.Encode"/>.</param>
/// <param name="Kind">The collection, which is the partition key.</param>
/// <param name="OriginalId">The id the caller gave, exactly.</param>
/// <param name="WrittenTicks">When the document was last written, in microseconds since the Unix epoch.</param>
/// <param name="Value">The caller's value as JSON text: a string, so Cosmos DB does not touch its numbers.</param>
internal sealed record ConfigDocument(string Id, string Kind, string OriginalId, long WrittenTicks, string Value);

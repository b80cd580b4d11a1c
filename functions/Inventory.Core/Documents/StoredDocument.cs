namespace Inventory.Core.Documents;

/// <summary>A document read from a <see cref="IDocumentStore"/>, with the tag that guards a replace.</summary>
/// <typeparam name="T">The document type.</typeparam>
/// <param name="Value">The document.</param>
/// <param name="ETag">Opaque version tag; a replace succeeds only while it is current.</param>
public sealed record StoredDocument<T>(T Value, string ETag);

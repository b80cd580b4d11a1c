using System.Text.Json.Serialization;

namespace Inventory.Azure.Stock;

/// <summary>The body of one page of a query read through the stream API.</summary>
internal sealed record QueryPage<T>([property: JsonPropertyName("Documents")] IReadOnlyList<T> Documents);

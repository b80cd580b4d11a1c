namespace Inventory.Core.Operations;

/// <summary>The first response to a POST that carried an Idempotency-Key; a replay gets the same response.</summary>
/// <param name="Key">The Idempotency-Key header value.</param>
/// <param name="Route">Method and path the key was first used with.</param>
/// <param name="RequestHash">Digest of the first request body; the same key with another body is refused.</param>
/// <param name="StatusCode">The first response's status.</param>
/// <param name="ContentType">The first response's content type.</param>
/// <param name="Body">The first response's body.</param>
/// <param name="CreatedAt">When the first response was given.</param>
public sealed record IdempotencyRecord(
    string Key,
    string Route,
    string RequestHash,
    int StatusCode,
    string ContentType,
    string Body,
    DateTimeOffset CreatedAt);

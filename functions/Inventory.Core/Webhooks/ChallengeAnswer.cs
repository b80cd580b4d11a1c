namespace Inventory.Core.Webhooks;

/// <summary>The answer to a channel's endpoint-ownership challenge (eBay's GET with a challenge code).</summary>
/// <param name="StatusCode">HTTP status to answer with.</param>
/// <param name="ContentType">Content type of <paramref name="Body"/>.</param>
/// <param name="Body">The response body.</param>
public sealed record ChallengeAnswer(int StatusCode, string ContentType, string Body);

namespace Inventory.FakeMarketplaces;

/// <summary>A call a fake marketplace refused for exceeding its rate limit.</summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Path">The request path.</param>
/// <param name="StatusCode">429, or 200 for Shopify, whose GraphQL API answers a THROTTLED error with 200.</param>
/// <param name="At">When.</param>
public sealed record ThrottleRecord(string Channel, string Path, int StatusCode, DateTimeOffset At);

namespace Inventory.Benchmarks.Sync;

/// <summary>A call a fake channel refused for its rate limit (429, or 200 with THROTTLED for Shopify).</summary>
internal sealed record FakeThrottle(string Channel, int Status, DateTimeOffset At);

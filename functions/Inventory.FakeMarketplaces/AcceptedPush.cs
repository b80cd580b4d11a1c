namespace Inventory.FakeMarketplaces;

/// <summary>A quantity a fake marketplace took.</summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Item">The channel's key for the listing: the SKU, or what <see cref="FakeItems"/> builds.</param>
/// <param name="Quantity">The quantity set.</param>
/// <param name="IdempotencyKey">The idempotency key the call carried (Shopify), else null.</param>
/// <param name="At">When it was taken.</param>
public sealed record AcceptedPush(string Channel, string Item, int Quantity, string? IdempotencyKey, DateTimeOffset At);

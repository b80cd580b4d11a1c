namespace Inventory.Core.Stock;

/// <summary>Where a movement came from.</summary>
/// <param name="Channel">The channel or system, for example <c>shopify</c>, <c>amazon</c> or <c>operations</c>.</param>
/// <param name="ExternalId">The channel's own id for the event or document, such as an order or notification id.</param>
public sealed record MovementSource(string Channel, string? ExternalId = null);

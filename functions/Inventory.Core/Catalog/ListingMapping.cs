namespace Inventory.Core.Catalog;

/// <summary>Says which SKU a channel's listing sells, for lines that carry no SKU of their own.</summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="ExternalId">The channel's listing, item, variant or product id.</param>
/// <param name="Sku">The seller's SKU.</param>
/// <param name="UpdatedAt">When the mapping was last set.</param>
public sealed record ListingMapping(string Channel, string ExternalId, string Sku, DateTimeOffset UpdatedAt);

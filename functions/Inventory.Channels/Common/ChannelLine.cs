namespace Inventory.Channels.Common;

/// <summary>One order line as a channel describes it, before its SKU is resolved.</summary>
/// <param name="LineId">The channel's line id (line item id, order item id, line number).</param>
/// <param name="Sku">The SKU text on the line, if any.</param>
/// <param name="ListingId">The channel's variant, item, ASIN or product id, used when the SKU is missing.</param>
/// <param name="Quantity">Units on the line, positive.</param>
/// <param name="Path">Where the line sits in the payload, for problems.</param>
internal sealed record ChannelLine(string LineId, string? Sku, string? ListingId, int Quantity, string Path);

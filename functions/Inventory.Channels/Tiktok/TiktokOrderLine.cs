namespace Inventory.Channels.Tiktok;

/// <summary>One line of a TikTok Shop order, as the Order API reports it.</summary>
internal sealed record TiktokOrderLine(string LineId, string? SellerSku, string? SkuId, int Quantity);

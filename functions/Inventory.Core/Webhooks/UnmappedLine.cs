namespace Inventory.Core.Webhooks;

/// <summary>An order or stock line whose channel listing could not be matched to a SKU; kept for review.</summary>
/// <param name="Id">Stable id (the dedupe key the movement would have had), so a redelivery is kept once.</param>
/// <param name="Channel">The channel.</param>
/// <param name="ExternalId">The channel's listing, item or variant id.</param>
/// <param name="ExternalSku">The SKU text the channel sent, if any, that matched nothing.</param>
/// <param name="Topic">The webhook topic or notification type.</param>
/// <param name="Quantity">The units on the line.</param>
/// <param name="Reference">The order or document the line belongs to.</param>
/// <param name="ReceivedAt">When the delivery arrived.</param>
public sealed record UnmappedLine(
    string Id,
    string Channel,
    string ExternalId,
    string? ExternalSku,
    string Topic,
    int Quantity,
    string? Reference,
    DateTimeOffset ReceivedAt);

namespace Inventory.Core.Webhooks;

/// <summary>
/// An order or stock line whose channel listing could not be matched to a SKU; kept for review, and replayed by
/// <see cref="UnmappedLineReplay"/> once its listing is mapped.
/// </summary>
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
    DateTimeOffset ReceivedAt)
{
    /// <summary>The location the movements would have used; null on channel-held stock reports and on lines kept
    /// before replay existed, which cannot be replayed.</summary>
    public string? Location { get; init; }

    /// <summary>When the channel says the line happened.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>The movements the line would have made, in order; null or empty when it cannot be replayed.</summary>
    public IReadOnlyList<UnmappedStep>? Steps { get; init; }

    /// <summary>The SKU the line was replayed as, once it was.</summary>
    public string? ReplayedSku { get; init; }

    /// <summary>When the line was replayed.</summary>
    public DateTimeOffset? ReplayedAt { get; init; }

    /// <summary>Whether the line carries what a replay needs.</summary>
    public bool IsReplayable => Location is not null && Steps is { Count: > 0 };
}

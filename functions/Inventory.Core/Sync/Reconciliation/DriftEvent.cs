namespace Inventory.Core.Sync.Reconciliation;

/// <summary>A channel found showing a quantity other than its target, as recorded by the reconciliation.</summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Seen">The quantity the channel showed.</param>
/// <param name="Expected">The target computed from the current stock.</param>
/// <param name="Published">What we had last published to the channel; null before the first publish.</param>
/// <param name="StockVersion">The SKU stock version the target was computed from.</param>
/// <param name="DetectedAt">When the channel was read.</param>
/// <param name="Cause">Why, when the sync state tells.</param>
public sealed record DriftEvent(
    string Channel,
    string Sku,
    int Seen,
    int Expected,
    int? Published,
    long StockVersion,
    DateTimeOffset DetectedAt,
    DriftCause Cause)
{
    /// <summary>The document id of this event: unique per channel, SKU and detection time.</summary>
    public string Id => $"{LatestId(Channel, Sku)}|{DetectedAt.UtcTicks:D19}";

    /// <summary>The document id under which the latest drift of a channel and SKU is kept.</summary>
    public static string LatestId(string channel, string sku) => $"{channel}|{sku}";
}

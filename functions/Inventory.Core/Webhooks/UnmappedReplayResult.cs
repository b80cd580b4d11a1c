namespace Inventory.Core.Webhooks;

/// <summary>What one replay of the kept unmapped lines did.</summary>
/// <param name="Replayed">Lines whose listing is now mapped: their movements were queued, and they are marked.</param>
/// <param name="StillUnmapped">Ids of lines whose listing still maps to no SKU; kept as they were.</param>
/// <param name="NotReplayable">
/// Ids of lines that cannot be replayed: channel-held stock reports (a later report supersedes them) and lines kept
/// before replay existed, which did not record their movements.
/// </param>
public sealed record UnmappedReplayResult(
    IReadOnlyList<ReplayedLine> Replayed, IReadOnlyList<string> StillUnmapped, IReadOnlyList<string> NotReplayable);

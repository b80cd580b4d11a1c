namespace Inventory.Core.Sync.Allocation;

/// <summary>One listing's quantities before its pool is shared: the input of allocation.</summary>
internal sealed record ListingDraft(
    ChannelRule Rule,
    RuleLevel Level,
    IReadOnlyList<string> FeedingLocations,
    int FeedingAvailable,
    int BufferHeld,
    int ReserveHeld,
    int LagBufferHeld,
    bool CapApplied,
    int Candidate,
    bool ZeroedByMinimum,
    double UnitsPerDay);

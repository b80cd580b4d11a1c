namespace Inventory.Core.Sync.Allocation;

/// <summary>The quantity one listing should show for one SKU, and how it was reached.</summary>
public sealed record ChannelTarget
{
    /// <summary>The channel whose client publishes it.</summary>
    public required string Channel { get; init; }

    /// <summary>The listing.</summary>
    public required string Listing { get; init; }

    /// <summary>The SKU.</summary>
    public required string Sku { get; init; }

    /// <summary>What to publish; never below 0.</summary>
    public required int Quantity { get; init; }

    /// <summary>The most specific rule level that applied (SKU, ABC class or the listing's own rule).</summary>
    public required RuleLevel RuleLevel { get; init; }

    /// <summary>The locations that fed the listing, in ordinal order.</summary>
    public required IReadOnlyList<string> FeedingLocations { get; init; }

    /// <summary>Sum over the feeding locations of their available, each counted as 0 when below 0.</summary>
    public required int FeedingAvailable { get; init; }

    /// <summary>Units held back by the percentage buffer.</summary>
    public required int BufferHeld { get; init; }

    /// <summary>Units held back by the fixed reserve (at most what was left).</summary>
    public required int ReserveHeld { get; init; }

    /// <summary>Units held back by the lag-aware buffer (at most what was left); 0 unless lag-aware.</summary>
    public required int LagBufferHeld { get; init; }

    /// <summary>Whether <see cref="ChannelRule.MaxListed"/> lowered the quantity.</summary>
    public required bool CapApplied { get; init; }

    /// <summary>
    /// The quantity after buffers, reserve, lag buffer and cap, and after the minimum: what the listing would show
    /// if it had its pool to itself.
    /// </summary>
    public required int Candidate { get; init; }

    /// <summary>Whether the minimum to list turned a positive quantity (candidate or share) into 0.</summary>
    public required bool ZeroedByMinimum { get; init; }

    /// <summary>The pool the listing draws from: its locations and those of every listing overlapping them.</summary>
    public required string Pool { get; init; }

    /// <summary>The pool's available: the sum over its locations, each counted as 0 when below 0.</summary>
    public required int PoolAvailable { get; init; }

    /// <summary>Whether the pool was scarce (see <see cref="ScarcityPolicy"/>).</summary>
    public required bool Scarce { get; init; }

    /// <summary>
    /// The listing's share when its pool was allocated (scarce and over-subscribed); null when it was not, and the
    /// listing shows its candidate.
    /// </summary>
    public int? AllocationShare { get; init; }
}

using Inventory.Core.Stock;

namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// Decides what each listing should show for a SKU. Pure and deterministic: the same positions, rules and signals
/// always give the same targets, in listing order.
/// </summary>
/// <remarks>
/// <para>Per listing: the available of its feeding locations (each location counted as 0 when below 0), less the
/// percentage buffer (rounding the published part down), the fixed reserve and, when lag-aware, the expected sales
/// during the listing's sync lag; then the cap; then the minimum to list. The result is the listing's
/// <b>candidate</b>.</para>
/// <para>Listings whose feeding locations overlap form one <b>pool</b> (transitively: if shopify and ebay share a
/// warehouse, and ebay and walmart another, all three are one pool over both warehouses). When a pool is scarce
/// (see <see cref="ScarcityPolicy"/>) and its candidates add up to more than its available, the pool is shared by
/// the set's <see cref="AllocationMode"/> and the shares are published, so the listings of a pool together never
/// show more than it holds. A share below the listing's minimum to list becomes 0 and the pool is shared again
/// among the others.</para>
/// <para>Known limit: where feeding locations only partly overlap, the guarantee is for the pool as a whole and for
/// each listing on its own (never more than its own feeding available), not for every subgroup of listings. With
/// the default rules (own warehouses feed the five channels, FBA feeds amazon-fba) pools do not partly overlap.</para>
/// </remarks>
public static class ChannelAllocator
{
    /// <summary>Slack for floating-point products before rounding up, so 1.0000000000000002 rounds to 1.</summary>
    internal const double Tolerance = 1e-9;

    /// <summary>Computes every listing's target for <paramref name="sku"/>.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="positions">The SKU's positions, at most one per location.</param>
    /// <param name="ruleSet">The rules; expected valid, though out-of-range numbers are clamped, not thrown on.</param>
    /// <param name="signals">Velocity and sync lag per listing; a listing without one counts as not selling, with no
    /// lag.</param>
    /// <param name="abcClass">The SKU's ABC class, or null when it has none.</param>
    /// <returns>One target per rule, ordered by listing name.</returns>
    /// <exception cref="ArgumentException">A position is for another SKU, or two are for the same location.</exception>
    public static IReadOnlyList<ChannelTarget> Compute(
        string sku,
        IReadOnlyList<StockPosition> positions,
        ChannelRuleSet ruleSet,
        IReadOnlyList<ChannelDemandSignal> signals,
        AbcClass? abcClass = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(signals);

        var available = AvailableByLocation(sku, positions);
        var channelHeld = new HashSet<string>(ruleSet.ChannelHeldLocations, StringComparer.Ordinal);
        var ownLocations = available.Keys.Where(l => !channelHeld.Contains(l)).ToList();
        var signalByListing = new Dictionary<string, ChannelDemandSignal>(StringComparer.Ordinal);
        foreach (var signal in signals)
        {
            signalByListing.TryAdd(signal.Listing, signal);
        }

        var drafts = ruleSet.Rules
            .OrderBy(r => r.Listing, StringComparer.Ordinal)
            .Select(rule => Draft(sku, abcClass, rule, available, ownLocations, signalByListing))
            .ToList();

        var targets = new ChannelTarget[drafts.Count];
        foreach (var pool in Pools(drafts))
        {
            AllocatePool(sku, ruleSet, drafts, pool, available, targets);
        }

        return targets;
    }

    private static SortedDictionary<string, int> AvailableByLocation(string sku, IReadOnlyList<StockPosition> positions)
    {
        var available = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var position in positions)
        {
            if (!string.Equals(position.Key.Sku, sku, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Position {position.Key} is not for SKU '{sku}'; pass only that SKU's positions.",
                    nameof(positions));
            }

            if (!available.TryAdd(position.Key.Location, Math.Max(0, position.Quantities.Available)))
            {
                throw new ArgumentException(
                    $"SKU '{sku}' has two positions at location '{position.Key.Location}'; pass one per location.",
                    nameof(positions));
            }
        }

        return available;
    }

    private static ListingDraft Draft(
        string sku,
        AbcClass? abcClass,
        ChannelRule baseRule,
        SortedDictionary<string, int> available,
        IReadOnlyList<string> ownLocations,
        Dictionary<string, ChannelDemandSignal> signals)
    {
        var (rule, level) = baseRule.ResolveFor(sku, abcClass);
        IReadOnlyList<string> feeding = rule.FeedingLocations.Count == 0
            ? ownLocations
            : [.. rule.FeedingLocations.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var feedingAvailable = Clamp(feeding.Sum(l => (long)available.GetValueOrDefault(l)));
        signals.TryGetValue(rule.Listing, out var signal);

        var percent = Math.Clamp(rule.BufferPercent, 0, 100);
        var afterPercent = (int)((long)feedingAvailable * (100 - percent) / 100);
        var bufferHeld = feedingAvailable - afterPercent;

        var reserveHeld = Math.Min(Math.Max(0, rule.FixedReserve), afterPercent);
        var left = afterPercent - reserveHeld;

        var lagHeld = rule.LagAware && signal is not null
            ? Math.Min(signal.ExpectedSalesDuringLag(rule.LagPercentile), left)
            : 0;
        left -= lagHeld;

        var cap = rule.MaxListed is { } max ? Math.Max(0, max) : int.MaxValue;
        var capApplied = left > cap;
        left = Math.Min(left, cap);

        var zeroed = left > 0 && left < rule.MinimumToList;
        return new ListingDraft(
            rule, level, feeding, feedingAvailable, bufferHeld, reserveHeld, lagHeld, capApplied,
            zeroed ? 0 : left, zeroed, signal?.UnitsPerDay ?? 0);
    }

    /// <summary>Groups listings whose feeding locations overlap, transitively; each group in listing order.</summary>
    private static List<List<int>> Pools(List<ListingDraft> drafts)
    {
        var parent = Enumerable.Range(0, drafts.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        var firstByLocation = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            foreach (var location in drafts[i].FeedingLocations)
            {
                if (firstByLocation.TryGetValue(location, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    firstByLocation[location] = i;
                }
            }
        }

        return [.. Enumerable.Range(0, drafts.Count).GroupBy(Find).Select(g => g.Order().ToList())];
    }

    private static void AllocatePool(
        string sku,
        ChannelRuleSet ruleSet,
        List<ListingDraft> drafts,
        List<int> members,
        SortedDictionary<string, int> available,
        ChannelTarget[] targets)
    {
        var locations = members.SelectMany(i => drafts[i].FeedingLocations)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var poolAvailable = Clamp(locations.Sum(l => (long)available.GetValueOrDefault(l)));
        var poolName = locations.Count == 0 ? "(no locations)" : string.Join('+', locations);

        var unitsPerDay = members.Select(i => drafts[i].UnitsPerDay).Sum(v => double.IsFinite(v) ? Math.Max(0, v) : 0);
        var scarce = poolAvailable <= ruleSet.Scarcity.ThresholdFor(unitsPerDay);
        var demanded = members.Sum(i => (long)drafts[i].Candidate);
        var allocate = scarce && demanded > poolAvailable;

        var poolDrafts = members.Select(i => drafts[i]).ToList();
        var (shares, zeroedByShare) = allocate
            ? PoolAllocation.Allocate(poolDrafts, poolAvailable, ruleSet.AllocationMode)
            : (poolDrafts.Select(d => d.Candidate).ToArray(), new bool[poolDrafts.Count]);

        if (allocate && shares.Sum(s => (long)s) > poolAvailable)
        {
            throw new InvalidOperationException(
                $"Allocation for SKU '{sku}' over pool {poolName} gave out more than its {poolAvailable} units; "
                + "this is a defect in the allocator.");
        }

        for (var k = 0; k < members.Count; k++)
        {
            var draft = poolDrafts[k];
            targets[members[k]] = new ChannelTarget
            {
                Channel = draft.Rule.Channel,
                Listing = draft.Rule.Listing,
                Sku = sku,
                Quantity = zeroedByShare[k] ? 0 : shares[k],
                RuleLevel = draft.Level,
                FeedingLocations = draft.FeedingLocations,
                FeedingAvailable = draft.FeedingAvailable,
                BufferHeld = draft.BufferHeld,
                ReserveHeld = draft.ReserveHeld,
                LagBufferHeld = draft.LagBufferHeld,
                CapApplied = draft.CapApplied,
                Candidate = draft.Candidate,
                ZeroedByMinimum = draft.ZeroedByMinimum || zeroedByShare[k],
                Pool = poolName,
                PoolAvailable = poolAvailable,
                Scarce = scarce,
                AllocationShare = allocate ? (zeroedByShare[k] ? 0 : shares[k]) : null,
            };
        }
    }

    private static int Clamp(long units) => (int)Math.Min(units, int.MaxValue);
}

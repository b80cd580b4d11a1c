namespace Inventory.Core.Sync.Allocation;

/// <summary>Shares a scarce pool between listings; every share is at most the listing's candidate.</summary>
internal static class PoolAllocation
{
    /// <summary>Largest velocity used as a weight; keeps the exact decimal arithmetic in range.</summary>
    private const double MaxWeight = 1e12;

    /// <summary>
    /// Shares <paramref name="pool"/> between <paramref name="drafts"/> by <paramref name="mode"/>, then drops any
    /// listing whose share fell below its minimum to list and shares again among the rest, until none does.
    /// </summary>
    /// <returns>Each draft's share (same order) and whether the minimum zeroed it.</returns>
    public static (int[] Shares, bool[] Zeroed) Allocate(
        IReadOnlyList<ListingDraft> drafts, int pool, AllocationMode mode)
    {
        var zeroed = new bool[drafts.Count];
        while (true)
        {
            var shares = mode == AllocationMode.ProportionalToRecentSales
                ? Proportional(drafts, zeroed, pool)
                : ByPriority(drafts, zeroed, pool);

            var dropped = false;
            for (var i = 0; i < drafts.Count; i++)
            {
                if (shares[i] > 0 && shares[i] < drafts[i].Rule.MinimumToList)
                {
                    zeroed[i] = true;
                    dropped = true;
                }
            }

            if (!dropped)
            {
                return (shares, zeroed);
            }
        }
    }

    private static int[] ByPriority(IReadOnlyList<ListingDraft> drafts, bool[] excluded, int pool)
    {
        var shares = new int[drafts.Count];
        var remaining = pool;
        foreach (var i in ServiceOrder(drafts))
        {
            if (excluded[i])
            {
                continue;
            }

            shares[i] = Math.Min(drafts[i].Candidate, remaining);
            remaining -= shares[i];
        }

        return shares;
    }

    /// <summary>
    /// Water-filling: each active listing's exact quota is the remaining pool times its weight over the active
    /// weights. A listing whose quota reaches its candidate takes the candidate and leaves; the quotas of the rest
    /// are then recomputed. When none reaches it, quotas are rounded by largest remainder.
    /// </summary>
    private static int[] Proportional(IReadOnlyList<ListingDraft> drafts, bool[] excluded, int pool)
    {
        var shares = new int[drafts.Count];
        var active = ServiceOrder(drafts).Where(i => !excluded[i] && drafts[i].Candidate > 0).ToList();
        long remaining = pool;

        while (active.Count > 0 && remaining > 0)
        {
            var weights = active.ToDictionary(i => i, i => Weight(drafts[i]));
            var total = weights.Values.Sum();
            if (total == 0)
            {
                // No listing in the pool has sold recently: share equally rather than give nobody anything.
                weights = active.ToDictionary(i => i, _ => 1m);
                total = active.Count;
            }

            var quotas = active.ToDictionary(i => i, i => remaining * weights[i] / total);
            var filled = active.Where(i => quotas[i] >= drafts[i].Candidate).ToList();
            if (filled.Count > 0)
            {
                foreach (var i in filled)
                {
                    shares[i] = drafts[i].Candidate;
                    remaining -= drafts[i].Candidate;
                    active.Remove(i);
                }

                continue;
            }

            var floors = active.ToDictionary(i => i, i => (long)decimal.Floor(quotas[i]));
            var left = remaining - floors.Values.Sum();
            var byRemainder = active
                .OrderByDescending(i => quotas[i] - floors[i])
                .ThenBy(i => drafts[i].Rule.Priority)
                .ThenBy(i => drafts[i].Rule.Listing, StringComparer.Ordinal)
                .ToList();
            foreach (var i in active)
            {
                shares[i] = (int)floors[i];
            }

            for (var k = 0; k < Math.Min(left, byRemainder.Count); k++)
            {
                shares[byRemainder[k]]++;
            }

            break;
        }

        return shares;
    }

    private static decimal Weight(ListingDraft draft) =>
        double.IsFinite(draft.UnitsPerDay) && draft.UnitsPerDay > 0
            ? (decimal)Math.Min(draft.UnitsPerDay, MaxWeight)
            : 0m;

    private static IEnumerable<int> ServiceOrder(IReadOnlyList<ListingDraft> drafts) =>
        Enumerable.Range(0, drafts.Count)
            .OrderBy(i => drafts[i].Rule.Priority)
            .ThenBy(i => drafts[i].Rule.Listing, StringComparer.Ordinal);
}

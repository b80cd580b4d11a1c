namespace Inventory.Core.Planning;

/// <summary>
/// Classes SKUs by trailing revenue: ranked from the highest, a SKU is A while the revenue of the SKUs above it is
/// below the A cut-off, B while below the B cut-off, and C after that. So the SKU that crosses a cut-off belongs to
/// the class it completes. SKUs without revenue are always C.
/// </summary>
public static class AbcClassifier
{
    /// <summary>Classes every SKU of <paramref name="revenueBySku"/>.</summary>
    public static IReadOnlyDictionary<string, AbcClass> Classify(
        IReadOnlyDictionary<string, double> revenueBySku, double cutoffA, double cutoffB)
    {
        ArgumentNullException.ThrowIfNull(revenueBySku);
        var ranked = revenueBySku.ToArray();
        var classes = Classify(ranked.Select(pair => pair.Value).ToArray(), cutoffA, cutoffB);
        var result = new Dictionary<string, AbcClass>(ranked.Length, StringComparer.Ordinal);
        for (var i = 0; i < ranked.Length; i++)
        {
            result[ranked[i].Key] = classes[i];
        }

        return result;
    }

    /// <summary>Classes revenues given by index; the result has the same order as the input.</summary>
    public static AbcClass[] Classify(IReadOnlyList<double> revenues, double cutoffA, double cutoffB)
    {
        ArgumentNullException.ThrowIfNull(revenues);
        var classes = new AbcClass[revenues.Count];
        Array.Fill(classes, AbcClass.C);
        var total = revenues.Where(r => r > 0).Sum();
        if (total <= 0)
        {
            return classes;
        }

        // Ties keep input order, so the result is deterministic.
        var order = Enumerable.Range(0, revenues.Count)
            .Where(i => revenues[i] > 0)
            .OrderByDescending(i => revenues[i])
            .ThenBy(i => i)
            .ToArray();
        var before = 0.0;
        foreach (var i in order)
        {
            var shareBefore = before / total;
            classes[i] = shareBefore < cutoffA ? AbcClass.A : shareBefore < cutoffB ? AbcClass.B : AbcClass.C;
            before += revenues[i];
        }

        return classes;
    }
}

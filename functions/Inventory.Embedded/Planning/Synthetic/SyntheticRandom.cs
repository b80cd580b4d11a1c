namespace Inventory.Embedded.Planning.Synthetic;

/// <summary>
/// A small, fast and fully deterministic random source (SplitMix64), so a seed gives the same history on every
/// machine and .NET version. Not for anything secret.
/// </summary>
internal sealed class SyntheticRandom(ulong seed)
{
    private ulong _state = seed;

    public static SyntheticRandom For(int seed, long stream) =>
        new(unchecked(((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)stream * 0xBF58476D1CE4E5B9UL)));

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double Uniform(double low, double high) => low + ((high - low) * NextDouble());

    public int Between(int low, int highInclusive) => low + (int)(NextDouble() * (highInclusive - low + 1));

    /// <summary>A standard normal draw (Box-Muller).</summary>
    public double Normal()
    {
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>A Poisson draw: multiplication for small means, a rounded normal for large ones.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0.0)
        {
            return 0;
        }

        if (mean > 30.0)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal())));
        }

        var limit = Math.Exp(-mean);
        var product = NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= NextDouble();
        }

        return count;
    }
}

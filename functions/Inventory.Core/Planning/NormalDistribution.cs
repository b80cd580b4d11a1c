namespace Inventory.Core.Planning;

/// <summary>
/// The standard normal distribution, for service levels and stockout risks. Both functions are rational
/// approximations evaluated with Horner's rule, accurate to about 1e-9 (inverse) and 1e-7 (distribution function),
/// far finer than any demand estimate they are applied to.
/// </summary>
public static class NormalDistribution
{
    // Acklam's rational approximation of the inverse: a central rational function in (p - 1/2)^2 and, in the tails,
    // a rational function in sqrt(-2 ln p). Below LowTail the lower tail form is used, above 1 - LowTail its mirror.
    private const double LowTail = 0.02425;

    private static readonly double[] CentralNumerator =
        [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.3577518672690, -30.66479806614716, 2.506628277459239];

    private static readonly double[] CentralDenominator =
        [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1.0];

    private static readonly double[] TailNumerator =
        [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];

    private static readonly double[] TailDenominator =
        [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1.0];

    /// <summary>The z such that a standard normal variable is below z with probability <paramref name="p"/>.</summary>
    /// <param name="p">A probability strictly between 0 and 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not strictly between 0 and 1.</exception>
    public static double InverseCdf(double p)
    {
        if (!(p > 0.0 && p < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A service level must be strictly between 0 and 1.");
        }

        if (p < LowTail)
        {
            return LowerTail(p);
        }

        if (p > 1.0 - LowTail)
        {
            return -LowerTail(1.0 - p);
        }

        var q = p - 0.5;
        var r = q * q;
        return q * Horner(CentralNumerator, r) / Horner(CentralDenominator, r);
    }

    /// <summary>The probability that a standard normal variable is below <paramref name="z"/>.</summary>
    public static double Cdf(double z)
    {
        if (double.IsNaN(z))
        {
            return double.NaN;
        }

        // Zelen and Severo's form (Abramowitz and Stegun 26.2.17): a polynomial in t = 1 / (1 + b|z|) times the density.
        var x = Math.Abs(z);
        if (x > 38.0)
        {
            return z > 0 ? 1.0 : 0.0;
        }

        var t = 1.0 / (1.0 + (0.2316419 * x));
        var poly = t * (0.319381530 + (t * (-0.356563782 + (t * (1.781477937 + (t * (-1.821255978 + (t * 1.330274429))))))));
        var upper = Math.Exp(-0.5 * x * x) / Math.Sqrt(2.0 * Math.PI) * poly;
        return z >= 0 ? 1.0 - upper : upper;
    }

    private static double LowerTail(double p)
    {
        var q = Math.Sqrt(-2.0 * Math.Log(p));
        return Horner(TailNumerator, q) / Horner(TailDenominator, q);
    }

    // Coefficients are highest power first.
    private static double Horner(double[] coefficients, double x)
    {
        var value = 0.0;
        foreach (var coefficient in coefficients)
        {
            value = (value * x) + coefficient;
        }

        return value;
    }
}

using Inventory.Core.Planning;

namespace Inventory.Core.Tests.Planning;

public sealed class NormalDistributionTests
{
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.90, 1.2815516)]
    [InlineData(0.95, 1.6448536)]
    [InlineData(0.98, 2.0537489)]
    [InlineData(0.99, 2.3263479)]
    [InlineData(0.001, -3.0902323)]
    [InlineData(0.9999, 3.7190165)]
    public void InverseCdf_TabulatedServiceLevels_MatchesTableToSevenDigits(double p, double z)
    {
        Assert.Equal(z, NormalDistribution.InverseCdf(p), 6);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void InverseCdf_ProbabilityOutsideOpenInterval_Throws(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NormalDistribution.InverseCdf(p));
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.959964, 0.975)]
    [InlineData(-1.644854, 0.05)]
    public void Cdf_KnownPoints_MatchesTable(double z, double p)
    {
        Assert.Equal(p, NormalDistribution.Cdf(z), 6);
    }

    [Fact]
    public void Cdf_OfInverse_ReturnsTheProbability()
    {
        for (var p = 0.01; p < 1.0; p += 0.01)
        {
            Assert.Equal(p, NormalDistribution.Cdf(NormalDistribution.InverseCdf(p)), 6);
        }
    }
}

using Inventory.Core.Planning;

namespace Inventory.Core.Tests.Planning;

public sealed class ReorderMathTests
{
    [Fact]
    public void SafetyStock_DemandAndLeadTimeVary_CombinesBothVariances()
    {
        // 1.645 * sqrt(9 * 4^2 + 20^2 * 2^2) = 1.645 * sqrt(1744) = 68.6972
        Assert.Equal(68.6972, ReorderMath.SafetyStock(1.645, 9, 4, 20, 2), 4);
    }

    [Fact]
    public void SafetyStock_ZeroLeadTimeVariance_IsZTimesSigmaTimesRootLeadTime()
    {
        // 2 * sqrt(4 * 3^2) = 12
        Assert.Equal(12.0, ReorderMath.SafetyStock(2, 4, 3, 10, 0), 10);
    }

    [Fact]
    public void SafetyStock_NoSales_IsZero()
    {
        Assert.Equal(0.0, ReorderMath.SafetyStock(2.05, 14, 0, 0, 3));
    }

    [Fact]
    public void ReorderPoint_AddsLeadTimeDemandToSafetyStock()
    {
        Assert.Equal(248.6972, ReorderMath.ReorderPoint(20, 9, 68.6972), 4);
    }

    [Fact]
    public void EconomicOrderQuantity_HandComputedCase_IsTwoHundred()
    {
        // sqrt(2 * 1000 * 50 / 2.5) = sqrt(40000)
        Assert.Equal(200.0, ReorderMath.EconomicOrderQuantity(1000, 50, 2.5)!.Value, 10);
    }

    [Fact]
    public void EconomicOrderQuantity_NoHoldingCost_IsUndefined()
    {
        Assert.Null(ReorderMath.EconomicOrderQuantity(1000, 50, 0));
    }

    [Fact]
    public void EconomicOrderQuantity_NoDemand_IsZero()
    {
        Assert.Equal(0.0, ReorderMath.EconomicOrderQuantity(0, 50, 2.5));
    }

    [Theory]
    [InlineData(10, 50.5, 30.0, 2.0, 24, 12, 48)] // gap 40.5 -> 41, above the MOQ, up to 4 cases
    [InlineData(45, 50.0, 100.0, 2.0, 1, 12, 108)] // EOQ 100 -> 9 cases
    [InlineData(50, 50.0, 100.0, 2.0, 1, 1, 100)] // at the reorder point: order
    [InlineData(51, 50.0, 100.0, 2.0, 1, 1, 0)] // above it: no order
    [InlineData(0, 5.0, null, 1.0, 50, 12, 60)] // the MOQ rules, then whole cases
    [InlineData(0, 0.0, 0.0, 0.0, 1, 1, 0)] // no demand, no backorders: no order
    [InlineData(-3, 0.0, null, 0.0, 1, 1, 3)] // no demand but backorders: cover them
    public void SuggestedOrderQuantity_HandComputedCases_RoundsToMinimumAndCasePack(
        int position, double reorderPoint, double? eoq, double demand, int minimum, int pack, int expected)
    {
        Assert.Equal(expected, ReorderMath.SuggestedOrderQuantity(position, reorderPoint, eoq, demand, minimum, pack));
    }

    [Fact]
    public void DaysOfSupply_WithDemand_IsAvailableOverDemand()
    {
        Assert.Equal(12.0, ReorderMath.DaysOfSupply(30, 2.5));
        Assert.Equal(0.0, ReorderMath.DaysOfSupply(-5, 2));
    }

    [Fact]
    public void DaysOfSupply_NoDemand_IsUndefined()
    {
        Assert.Null(ReorderMath.DaysOfSupply(10, 0));
    }

    [Fact]
    public void StockoutRisk_PositionAtMeanLeadTimeDemand_IsOneHalf()
    {
        Assert.Equal(0.5, ReorderMath.StockoutRisk(100, 100, 10), 6);
    }

    [Fact]
    public void StockoutRisk_PositionAtNinetyFifthPercentile_IsFivePercent()
    {
        Assert.Equal(0.05, ReorderMath.StockoutRisk(116, 99.551464, 10), 4);
    }

    [Theory]
    [InlineData(99, 100.0, 1.0)]
    [InlineData(100, 100.0, 0.0)]
    [InlineData(-1, 0.0, 1.0)]
    public void StockoutRisk_NoVariance_IsCertainOrNil(int position, double mean, double expected)
    {
        Assert.Equal(expected, ReorderMath.StockoutRisk(position, mean, 0));
    }
}

using Inventory.Core.Planning;

namespace Inventory.Core.Tests.Planning;

public sealed class KpiMathTests
{
    [Fact]
    public void InventoryTurnover_NinetyDays_IsAnnualisedCogsOverAverageValue()
    {
        // 10,000 in 90 days is 40,555.56 a year, over 20,000 average value.
        Assert.Equal(2.027778, KpiMath.InventoryTurnover(10_000, 20_000, 90)!.Value, 6);
    }

    [Fact]
    public void DaysOfInventory_Is365OverTurnover()
    {
        Assert.Equal(180.0, KpiMath.DaysOfInventory(KpiMath.InventoryTurnover(10_000, 20_000, 90))!.Value, 8);
    }

    [Fact]
    public void InventoryTurnover_NoInventoryValue_IsUndefined()
    {
        Assert.Null(KpiMath.InventoryTurnover(500, 0, 90));
        Assert.Null(KpiMath.DaysOfInventory(null));
    }

    [Fact]
    public void DaysOfInventory_NothingSold_IsUndefined()
    {
        Assert.Null(KpiMath.DaysOfInventory(0.0));
    }

    [Fact]
    public void StockoutRate_IsStockoutDaysOverSkuDaysInPercent()
    {
        Assert.Equal(3.0, KpiMath.StockoutRate(9, 300));
        Assert.Null(KpiMath.StockoutRate(0, 0));
    }

    [Fact]
    public void CarryingCostPercentage_RatePlusAnnualisedWriteOffs()
    {
        // 22% of 20,000 = 4,400 a year; 500 written off in 90 days = 2,027.78 a year; 6,427.78 / 20,000.
        Assert.Equal(32.138889, KpiMath.CarryingCostPercentage(0.22, 20_000, 500, 90)!.Value, 5);
        Assert.Null(KpiMath.CarryingCostPercentage(0.22, 0, 0, 90));
    }

    [Fact]
    public void FillRate_IsCompleteLinesOverLines()
    {
        Assert.Equal(88.0, KpiMath.FillRate(88, 100));
        Assert.Null(KpiMath.FillRate(0, 0));
    }

    [Fact]
    public void SellThroughRate_IsSoldOverReceived()
    {
        Assert.Equal(80.0, KpiMath.SellThroughRate(400, 500));
        Assert.Null(KpiMath.SellThroughRate(10, 0));
    }

    [Theory]
    [InlineData(KpiKind.StockoutRate, true, 2.5, KpiStatus.AboveRange)]
    [InlineData(KpiKind.StockoutRate, false, 2.5, KpiStatus.Healthy)]
    [InlineData(KpiKind.InventoryTurnover, false, 3.9, KpiStatus.BelowRange)]
    [InlineData(KpiKind.InventoryTurnover, false, 8.0, KpiStatus.Healthy)]
    [InlineData(KpiKind.DaysOfInventory, false, 120.0, KpiStatus.AboveRange)]
    [InlineData(KpiKind.CarryingCostPercentage, false, 31.0, KpiStatus.AboveRange)]
    [InlineData(KpiKind.FillRate, false, 94.9, KpiStatus.BelowRange)]
    [InlineData(KpiKind.SellThroughRate, false, 80.0, KpiStatus.Healthy)]
    public void HealthyRange_GuideBenchmarks_JudgeValues(KpiKind kind, bool classA, double value, KpiStatus expected)
    {
        Assert.Equal(expected, HealthyRange.For(kind, classA).Judge(value));
    }

    [Fact]
    public void HealthyRange_UndefinedValue_IsUndefined()
    {
        Assert.Equal(KpiStatus.Undefined, HealthyRange.For(KpiKind.FillRate, false).Judge(null));
    }
}

using Inventory.Core.Planning;

namespace Inventory.Core.Tests.Planning;

public sealed class AbcClassifierTests
{
    [Fact]
    public void Classify_RevenuesWithDefaultCutoffs_SkuCrossingACutoffCompletesItsClass()
    {
        // Shares before each SKU: 0, 0.5 (A), 0.8 (B), 0.9 (B), 0.95 (C), 0.98 (C); no revenue is C.
        var classes = AbcClassifier.Classify([500.0, 300, 100, 50, 30, 20, 0], 0.80, 0.95);

        Assert.Equal([AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C, AbcClass.C, AbcClass.C], classes);
    }

    [Fact]
    public void Classify_InputOrderIsNotRankOrder_ClassesFollowTheSkus()
    {
        var classes = AbcClassifier.Classify(new Dictionary<string, double> { ["low"] = 10, ["high"] = 990 }, 0.8, 0.95);

        Assert.Equal(AbcClass.A, classes["high"]);
        Assert.Equal(AbcClass.C, classes["low"]);
    }

    [Fact]
    public void Classify_NoRevenueAtAll_EverySkuIsC()
    {
        Assert.All(AbcClassifier.Classify([0.0, 0, 0], 0.8, 0.95), c => Assert.Equal(AbcClass.C, c));
    }
}

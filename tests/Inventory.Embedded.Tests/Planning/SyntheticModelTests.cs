using Inventory.Embedded.Planning.Synthetic;

namespace Inventory.Embedded.Tests.Planning;

public sealed class SyntheticModelTests
{
    private static readonly DateOnly LastDay = new(2026, 11, 30);

    [Fact]
    public void Catalog_SameSeed_IsTheSame()
    {
        var options = new SyntheticHistoryOptions { Skus = 300, Seed = 5 };

        var first = new SyntheticModel(options, LastDay);
        var second = new SyntheticModel(options, LastDay);

        Assert.Equal(first.Catalog, second.Catalog);
        Assert.Equal(first.Rate(17, 1, 2, 40), second.Rate(17, 1, 2, 40));
    }

    [Fact]
    public void Catalog_DifferentSeed_Differs()
    {
        var first = new SyntheticModel(new SyntheticHistoryOptions { Skus = 300, Seed = 5 }, LastDay);
        var second = new SyntheticModel(new SyntheticHistoryOptions { Skus = 300, Seed = 6 }, LastDay);

        Assert.NotEqual(first.Catalog, second.Catalog);
    }

    [Fact]
    public void ExpectedRevenue_ThousandSkus_TopFifthMakesAboutFourFifths()
    {
        var model = new SyntheticModel(new SyntheticHistoryOptions { Skus = 1000, Days = 120 }, LastDay);

        var revenue = Enumerable.Range(0, 1000)
            .Select(s => (double)model.Catalog[s].Price * Enumerable.Range(0, 3).Sum(c => model.Rate(s, 0, c, 60)))
            .OrderDescending()
            .ToArray();
        var share = revenue.Take(200).Sum() / revenue.Sum();

        Assert.InRange(share, 0.70, 0.88);
    }

    [Fact]
    public void Events_LongHistory_HasAPrimeDayOnAmazonThatTriplesDemand()
    {
        var model = new SyntheticModel(new SyntheticHistoryOptions { Skus = 10, Days = 120 }, LastDay);
        var primeDay = model.Events.Single(e => e.Channel == "amazon");
        var t = primeDay.Start.DayNumber - model.FirstDay.DayNumber;

        // The same weekday a week later has the same weekday factor and nearly the same trend.
        Assert.Equal(3.0, model.Rate(0, 0, 1, t) / model.Rate(0, 0, 1, t + 7), 1);
    }
}

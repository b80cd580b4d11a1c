using Inventory.Core.Planning;

namespace Inventory.Core.Tests.Planning;

public sealed class ChannelForecastTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Fact]
    public void Fit_NoSales_ForecastsNothing()
    {
        var history = Days(30, _ => 0);

        var forecast = ChannelForecast.Fit(history, new PlanningOptions());

        Assert.Equal(0.0, forecast.Mean);
        Assert.Equal(0.0, forecast.StdDev);
        Assert.Equal(0.0, forecast.Forecast(31, DayOfWeek.Monday));
    }

    [Fact]
    public void Fit_OneDayOfHistory_MeanIsThatDayAndDeviationZero()
    {
        var history = new DemandStatistics();
        history.Add(89, DayOfWeek.Monday, 5);

        var forecast = ChannelForecast.Fit(history, new PlanningOptions());

        Assert.Equal(5.0, forecast.Mean);
        Assert.Equal(0.0, forecast.StdDev);
        Assert.Equal(0.0, forecast.Slope);
        Assert.Equal(5.0, forecast.Forecast(90, DayOfWeek.Saturday));
    }

    [Fact]
    public void Fit_KnownSeries_StdDevIsTheSampleDeviation()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squares about the mean 32, sample variance 32 / 7.
        double[] values = [2, 4, 4, 4, 5, 5, 7, 9];
        var history = Days(values.Length, t => values[t]);

        var forecast = ChannelForecast.Fit(history, new PlanningOptions());

        Assert.Equal(5.0, forecast.Mean, 10);
        Assert.Equal(Math.Sqrt(32.0 / 7.0), forecast.StdDev, 10);
    }

    [Fact]
    public void Fit_LinearTrend_ExtendsTheLine()
    {
        var options = new PlanningOptions { MinimumDaysForWeekdayProfile = 365 };
        var history = Days(60, t => 10 + (0.5 * t));

        var forecast = ChannelForecast.Fit(history, options);

        Assert.Equal(0.5, forecast.Slope, 10);
        Assert.Equal(40.0, forecast.Forecast(60, DayOfWeek.Monday), 8);
    }

    [Fact]
    public void Fit_TooShortForTrend_ForecastIsFlat()
    {
        var options = new PlanningOptions { MinimumDaysForWeekdayProfile = 365 };
        var history = Days(20, t => 10 + t);

        var forecast = ChannelForecast.Fit(history, options);

        Assert.Equal(0.0, forecast.Slope);
        Assert.Equal(19.5, forecast.Forecast(40, DayOfWeek.Monday), 10);
    }

    [Fact]
    public void Fit_SaturdayPeak_WeekdayProfileMovesDemandToSaturday()
    {
        var options = new PlanningOptions { MinimumDaysForTrend = 365 };
        var history = Days(28, t => Monday.AddDays(t).DayOfWeek == DayOfWeek.Saturday ? 14 : 7);

        var forecast = ChannelForecast.Fit(history, options);

        // Mean 8: Saturday 14 / 8 = 1.75, other days 7 / 8 = 0.875; they average 1.
        Assert.Equal(8.0, forecast.Mean, 10);
        Assert.Equal(14.0, forecast.Forecast(28, DayOfWeek.Saturday), 10);
        Assert.Equal(7.0, forecast.Forecast(29, DayOfWeek.Sunday), 10);
    }

    private static DemandStatistics Days(int count, Func<int, double> demand)
    {
        var history = new DemandStatistics();
        for (var t = 0; t < count; t++)
        {
            history.Add(t, Monday.AddDays(t).DayOfWeek, demand(t));
        }

        return history;
    }
}

namespace Inventory.Core.Planning;

/// <summary>
/// One channel's demand model for one SKU at one location: a baseline level with a linear trend and a day-of-week
/// profile, fitted on the history's non-event days. Event days are forecast with their event's multiplier.
/// </summary>
/// <param name="Mean">Mean daily demand over the counted days.</param>
/// <param name="StdDev">Sample standard deviation of daily demand over the counted days (0 with one day or none).</param>
/// <param name="Slope">Trend in units per day per day (0 when the history is too short to fit one).</param>
/// <param name="MeanT">The mean day index of the counted days, where the trend line passes through the mean.</param>
/// <param name="WeekdayFactors">Demand on each weekday relative to the mean, averaging 1; indexed by <see cref="DayOfWeek"/>.</param>
/// <param name="Days">Counted days.</param>
public sealed record ChannelForecast(
    double Mean,
    double StdDev,
    double Slope,
    double MeanT,
    IReadOnlyList<double> WeekdayFactors,
    int Days)
{
    private static readonly double[] Flat = [1, 1, 1, 1, 1, 1, 1];

    /// <summary>A channel without history: forecasts nothing.</summary>
    public static ChannelForecast None { get; } = new(0, 0, 0, 0, Flat, 0);

    /// <summary>Fits the model to a history.</summary>
    public static ChannelForecast Fit(DemandStatistics history, PlanningOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var n = history.Days;
        if (n == 0)
        {
            return None;
        }

        var mean = history.SumY / n;
        var variance = n > 1 ? (history.SumY2 - (n * mean * mean)) / (n - 1) : 0.0;
        var meanT = history.SumT / n;

        var slope = 0.0;
        var spreadT = history.SumT2 - (n * meanT * meanT);
        if (n >= options.MinimumDaysForTrend && spreadT > 1e-9)
        {
            slope = (history.SumTY - (n * meanT * mean)) / spreadT;
        }

        return new ChannelForecast(
            mean, Math.Sqrt(Math.Max(0.0, variance)), slope, meanT, WeekdayProfile(history, mean, options), n);
    }

    /// <summary>Expected demand on the day with index <paramref name="t"/> (the window's days are 0 to W - 1).</summary>
    /// <param name="t">The day's index, counted from the window's first day.</param>
    /// <param name="weekday">The day's weekday.</param>
    /// <param name="eventMultiplier">The multiplier of an event covering the day, or 1.</param>
    public double Forecast(int t, DayOfWeek weekday, double eventMultiplier = 1.0)
    {
        var level = Math.Max(0.0, Mean + (Slope * (t - MeanT)));
        return level * WeekdayFactors[(int)weekday] * eventMultiplier;
    }

    private static double[] WeekdayProfile(DemandStatistics history, double mean, PlanningOptions options)
    {
        if (history.Days < options.MinimumDaysForWeekdayProfile || mean <= 0.0)
        {
            return Flat;
        }

        var factors = new double[7];
        for (var w = 0; w < 7; w++)
        {
            factors[w] = history.WeekdayDays[w] > 0 ? history.WeekdaySum[w] / history.WeekdayDays[w] / mean : 1.0;
        }

        // Scale so a week of factors averages 1: the profile moves demand between weekdays, it adds none.
        var average = factors.Average();
        if (average <= 0.0)
        {
            return Flat;
        }

        for (var w = 0; w < 7; w++)
        {
            factors[w] /= average;
        }

        return factors;
    }
}

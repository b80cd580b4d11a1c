namespace Inventory.Core.Planning;

/// <summary>
/// The sufficient statistics of one channel's daily demand history: counts and sums over the days that are not
/// event days, with <c>t</c> the day's index in the window. Built by <see cref="Add"/> one day at a time, or by the
/// planning run from streamed sums; either way a forecast needs nothing else, so no daily series is kept.
/// </summary>
public sealed class DemandStatistics
{
    /// <summary>Counted days.</summary>
    public int Days { get; set; }

    /// <summary>Sum of the day indexes.</summary>
    public double SumT { get; set; }

    /// <summary>Sum of the squared day indexes.</summary>
    public double SumT2 { get; set; }

    /// <summary>Sum of daily demand.</summary>
    public double SumY { get; set; }

    /// <summary>Sum of squared daily demand.</summary>
    public double SumY2 { get; set; }

    /// <summary>Sum of day index times daily demand.</summary>
    public double SumTY { get; set; }

    /// <summary>Counted days per weekday, indexed by <see cref="DayOfWeek"/>.</summary>
    public int[] WeekdayDays { get; } = new int[7];

    /// <summary>Demand per weekday, indexed by <see cref="DayOfWeek"/>.</summary>
    public double[] WeekdaySum { get; } = new double[7];

    /// <summary>Counts one day of history (including days without demand, as zero).</summary>
    /// <param name="t">The day's index in the window.</param>
    /// <param name="weekday">The day's weekday.</param>
    /// <param name="demand">Units demanded that day, net of cancellations.</param>
    public void Add(int t, DayOfWeek weekday, double demand)
    {
        Days++;
        SumT += t;
        SumT2 += (double)t * t;
        SumY += demand;
        SumY2 += demand * demand;
        SumTY += t * demand;
        WeekdayDays[(int)weekday]++;
        WeekdaySum[(int)weekday] += demand;
    }
}

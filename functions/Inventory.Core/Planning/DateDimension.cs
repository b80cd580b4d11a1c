using System.Globalization;

namespace Inventory.Core.Planning;

/// <summary>A day of the calendar as the report describes it.</summary>
/// <param name="Date">The day.</param>
/// <param name="DateKey">The day as <c>yyyyMMdd</c>, the key facts join on.</param>
/// <param name="Year">The year.</param>
/// <param name="Quarter">The quarter, 1 to 4.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Day">The day of the month.</param>
/// <param name="Weekday">The weekday's English name.</param>
/// <param name="IsoWeek">The ISO 8601 week number.</param>
/// <param name="IsWeekend">Whether the day is a Saturday or Sunday.</param>
/// <param name="Events">The known channel events covering the day, as <c>channel: name</c> joined by <c>; </c>.</param>
public sealed record DateDimension(
    DateOnly Date,
    int DateKey,
    int Year,
    int Quarter,
    int Month,
    int Day,
    string Weekday,
    int IsoWeek,
    bool IsWeekend,
    string Events)
{
    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public static IReadOnlyList<DateDimension> Range(DateOnly from, DateOnly to, IEnumerable<ChannelEvent> events)
    {
        var known = events.ToArray();
        var days = new List<DateDimension>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var covering = known.Where(e => e.Covers(day)).Select(e => $"{e.Channel}: {e.Name}");
            days.Add(new DateDimension(
                day,
                KeyOf(day),
                day.Year,
                ((day.Month - 1) / 3) + 1,
                day.Month,
                day.Day,
                day.DayOfWeek.ToString(),
                ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)),
                day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday,
                string.Join("; ", covering)));
        }

        return days;
    }

    /// <summary>The <c>yyyyMMdd</c> key of a day.</summary>
    public static int KeyOf(DateOnly day) => (day.Year * 10_000) + (day.Month * 100) + day.Day;
}

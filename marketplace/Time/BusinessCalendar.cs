using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Time;

/// <summary>
/// Days and months in the platform's business time (China Standard Time, UTC+08:00, which has no daylight saving):
/// usage tables, roll-ups, quota periods and invoices all cut days and months here, so that a consumer's "November"
/// is the same everywhere.
/// </summary>
public sealed class BusinessCalendar(IOptions<BusinessCalendarOptions> options)
{
    private TimeSpan Offset => TimeSpan.FromHours(options.Value.UtcOffsetHours);

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public int HourOf(DateTimeOffset instant) => instant.ToOffset(Offset).Hour;

    /// <summary>The first day of the month that contains <paramref name="day"/>.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>When the given business day starts, as an instant.</summary>
    public DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>When the month after the one containing <paramref name="instant"/> starts.</summary>
    public DateTimeOffset NextMonthStart(DateTimeOffset instant) => StartOf(MonthOf(DayOf(instant)).AddMonths(1));
}

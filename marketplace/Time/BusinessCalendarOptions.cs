namespace DataZones.Marketplace.Time;

/// <summary>Configuration section <c>Calendar</c>.</summary>
public sealed class BusinessCalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>The business time zone's fixed offset from UTC, in hours (8: China Standard Time).</summary>
    public int UtcOffsetHours { get; set; } = 8;
}

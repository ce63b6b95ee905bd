using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Usage;

/// <summary>
/// When a business day's roll-up is final: when it read the day's raw records no earlier than
/// <see cref="LateRecordMargin"/> after the day ended. A record is stamped before it is written, so its batch may
/// commit moments after its day ends; the margin is the bound the ledger's hourly seal (five minutes past) already
/// assumes for a record to reach its chain.
/// </summary>
public static class RollupFinality
{
    public static readonly TimeSpan LateRecordMargin = TimeSpan.FromMinutes(5);

    /// <summary>The first instant from which a roll-up of <paramref name="day"/> is final.</summary>
    public static DateTimeOffset FinalFrom(BusinessCalendar calendar, DateOnly day) => calendar.StartOf(day.AddDays(1)) + LateRecordMargin;
}

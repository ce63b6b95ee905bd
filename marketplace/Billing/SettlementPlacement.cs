using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Which settlement month a final document settles in — once, and never in a month already closed. A document of
/// billing month <c>M</c> that became final (was issued, or made as a credit note) by the time <c>M</c>'s settlement closed,
/// or while <c>M</c> is not closed yet, settles in <c>M</c>: the normal case, an October invoice issued on 1 November
/// and settled with October. One that became final after <c>M</c> closed — a late issue, a revision after a void, a
/// credit note — settles in the business month it became final in, so <c>M</c>'s statements never change after the fact.
/// </summary>
public static class SettlementPlacement
{
    /// <param name="billingMonth">The document's billing month (a credit note's is its invoice's).</param>
    /// <param name="finalAt">When it was issued.</param>
    /// <param name="billingMonthClosedAt">
    /// When the billing month's settlement closed (its first run), or null while it is open. A document final at that
    /// very instant is the month's: the run that closed it read it as final.
    /// </param>
    /// <param name="calendar">Business time, to name the month an instant falls in.</param>
    public static DateOnly MonthFor(DateOnly billingMonth, DateTimeOffset finalAt, DateTimeOffset? billingMonthClosedAt, BusinessCalendar calendar) =>
        billingMonthClosedAt is not { } closedAt || finalAt <= closedAt ? billingMonth : BusinessCalendar.MonthOf(calendar.DayOf(finalAt));

    /// <summary>The settlement month of a final document; throws for a draft, which settles nowhere.</summary>
    public static DateOnly MonthFor(Invoice document, IReadOnlyDictionary<DateOnly, DateTimeOffset> closedMonths, BusinessCalendar calendar) =>
        MonthFor(document.PeriodStart, document.IssuedAt ?? throw new InvalidOperationException($"{document.Id} is not final; it settles nowhere."),
            closedMonths.TryGetValue(document.PeriodStart, out var closedAt) ? closedAt : null, calendar);
}

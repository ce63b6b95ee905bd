using System.Globalization;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// What asking for a close gave: the month closed (<see cref="Closed"/>), or nothing done because the month has not
/// ended yet in business time, or its last day's records may still be arriving (<see cref="Closed"/> is null). A
/// month still running cannot be billed: usage after the close would stay unbilled, because a month with a live
/// invoice is never closed again.
/// </summary>
/// <param name="Period">The month, <c>yyyy-MM</c>.</param>
/// <param name="MonthEnd">When the month ends in business time (the next month's first instant).</param>
/// <param name="ClosableFrom">When its last day's roll-up can be final (<see cref="Usage.RollupFinality"/>), and the month closed.</param>
/// <param name="Closed">The close's result, or null when the month could not be closed yet.</param>
public sealed record BillingCloseOutcome(string Period, DateTimeOffset MonthEnd, DateTimeOffset ClosableFrom, BillingCloseResult? Closed)
{
    public bool MonthNotEnded => Closed is null;

    /// <summary>The month's end as ISO 8601 with the business offset, e.g. <c>2026-12-01T00:00:00+08:00</c>.</summary>
    public string MonthEndText => MonthEnd.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary><see cref="ClosableFrom"/> as ISO 8601 with the business offset.</summary>
    public string ClosableFromText => ClosableFrom.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

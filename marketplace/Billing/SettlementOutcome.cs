using System.Globalization;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// What asking for a month's settlement gave: the month settled (<see cref="Settled"/>), or nothing done because the
/// month has not ended in business time, or because months would settle out of order (an earlier month with
/// documents is not settled, or a later month already is): carries between months run forward only.
/// </summary>
/// <param name="Period">The month, <c>yyyy-MM</c>.</param>
/// <param name="MonthEnd">When the month ends in business time.</param>
/// <param name="Settled">The run's result, or null when refused.</param>
/// <param name="OutOfOrder">Why the month cannot be settled yet, when months would settle out of order.</param>
public sealed record SettlementOutcome(string Period, DateTimeOffset MonthEnd, SettlementResult? Settled, string? OutOfOrder = null)
{
    public string MonthEndText => MonthEnd.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

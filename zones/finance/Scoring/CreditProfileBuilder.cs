using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>
/// Derives a <see cref="CreditProfile"/> from an enterprise's reference records as of a date. The date is a
/// parameter (not the clock) so that a profile can be reproduced.
/// </summary>
public static class CreditProfileBuilder
{
    /// <summary>Monthly sources lag; a month older than this many months before the date is not "current".</summary>
    public const int CurrentMonthLagMaximum = 3;

    public static CreditProfile Build(EnterpriseReferenceSet records, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        var registration = records.Registration;
        var thisMonth = YearMonth.Of(asOf);
        var (current, change) = Headcount(records.Headcounts, thisMonth);
        var penalties = records.Penalties.Where(p => p.DecidedOn > asOf.AddMonths(-36) && p.DecidedOn <= asOf).ToList();
        var activeListing = records.DishonestDebtorListings.Any(l => l.IsActiveOn(asOf));

        return new CreditProfile(
            registration.Status,
            AgeMonths(registration.EstablishedOn, asOf),
            registration.RegisteredCapitalCny,
            current,
            change,
            records.TaxRatings.Where(r => r.Year < asOf.Year).MaxBy(r => r.Year)?.Rating,
            OnTimeRatio(records.UtilityPayments, thisMonth),
            penalties.Count(p => p.Severity == PenaltySeverity.Minor),
            penalties.Count(p => p.Severity == PenaltySeverity.Moderate),
            penalties.Count(p => p.Severity == PenaltySeverity.Severe),
            records.CourtEnforcements.Count(c => !c.Closed && c.FiledOn <= asOf),
            records.CourtEnforcements.Count(c => c.Closed && c.FiledOn > asOf.AddMonths(-60) && c.FiledOn <= asOf),
            activeListing,
            !activeListing && records.DishonestDebtorListings.Any(l => l.ListedOn <= asOf),
            registration.IndustryCode,
            registration.DistrictCode);
    }

    /// <summary>Whole months from establishment to the date; 0 if established later.</summary>
    public static int AgeMonths(DateOnly establishedOn, DateOnly asOf)
    {
        var months = ((asOf.Year - establishedOn.Year) * 12) + asOf.Month - establishedOn.Month;
        if (asOf.Day < establishedOn.Day)
        {
            months--;
        }

        return Math.Max(0, months);
    }

    // The latest reported month (not older than the lag) gives the current headcount; the trend compares the
    // average of that month and the two before with the same three months a year earlier, which cancels seasonality.
    private static (int? Current, decimal? ChangePercent) Headcount(IReadOnlyList<HeadcountRecord> headcounts, YearMonth thisMonth)
    {
        var byMonth = headcounts.Where(h => h.Month < thisMonth).ToDictionary(h => h.Month, h => h.InsuredEmployees);
        if (byMonth.Count == 0)
        {
            return (null, null);
        }

        var latest = byMonth.Keys.Max();
        if (latest.MonthsUntil(thisMonth) > CurrentMonthLagMaximum)
        {
            return (null, null);
        }

        var recent = Average(byMonth, latest);
        var yearEarlier = Average(byMonth, latest.AddMonths(-12));
        decimal? change = (recent, yearEarlier) switch
        {
            (null, _) or (_, null) => null,
            (_, 0m) => recent > 0m ? 100m : 0m,
            _ => Math.Round((recent.Value - yearEarlier.Value) * 100m / yearEarlier.Value, 1, MidpointRounding.AwayFromZero),
        };
        return (byMonth[latest], change);
    }

    private static decimal? Average(Dictionary<YearMonth, int> byMonth, YearMonth last)
    {
        var values = new List<int>(3);
        for (var i = 0; i < 3; i++)
        {
            if (byMonth.TryGetValue(last.AddMonths(-i), out var value))
            {
                values.Add(value);
            }
        }

        return values.Count == 3 ? values.Sum() / 3m : null;
    }

    private static decimal? OnTimeRatio(IReadOnlyList<UtilityPaymentRecord> payments, YearMonth thisMonth)
    {
        var window = payments.Where(p => p.Month < thisMonth && p.Month >= thisMonth.AddMonths(-12)).ToList();
        var due = window.Sum(p => p.BillsDue);
        return due == 0 ? null : (decimal)window.Sum(p => p.BillsPaidOnTime) / due;
    }
}

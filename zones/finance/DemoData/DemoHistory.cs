using System.Globalization;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.DemoData;

/// <summary>Generates one demo enterprise's records over time from its soundness (0–1).</summary>
internal sealed class DemoHistory(
    DemoRandom random, string creditCode, DateOnly establishedOn, DateOnly asOf, double soundness, EnterpriseStatus status)
{
    /// <summary>Monthly sources cover this many months before the month of the date.</summary>
    public const int MonthsOfHistory = 24;

    private readonly YearMonth _thisMonth = YearMonth.Of(asOf);

    // Revoked and cancelled firms stopped trading some months ago.
    private readonly int _monthsSinceStop = status == EnterpriseStatus.Active ? 0 : random.Between(2, 18);

    /// <summary>The last three years' ratings; M in the first year of business.</summary>
    public List<TaxRatingRecord> TaxRatings()
    {
        var ratings = new List<TaxRatingRecord>();
        for (var year = asOf.Year - 3; year < asOf.Year; year++)
        {
            if (year < establishedOn.Year)
            {
                continue;
            }

            var signal = soundness + ((random.NextDouble() - 0.5) * 0.3);
            var rating = year == establishedOn.Year ? TaxCreditRating.M
                : signal >= 0.62 ? TaxCreditRating.A
                : signal >= 0.35 ? TaxCreditRating.B
                : signal >= 0.15 ? TaxCreditRating.C
                : TaxCreditRating.D;
            ratings.Add(new TaxRatingRecord(creditCode, year, rating));
        }

        return ratings;
    }

    /// <summary>Monthly headcounts with a firm-specific trend: growing when sound, shrinking when not.</summary>
    public List<HeadcountRecord> Headcounts(decimal capitalCny)
    {
        var baseline = Math.Max(1, (int)(capitalCny / 150_000m * (decimal)(0.3 + random.NextDouble())));
        var monthlyGrowth = ((soundness - 0.45) * 0.03) + ((random.NextDouble() - 0.5) * 0.01);
        var records = new List<HeadcountRecord>();
        for (var back = MonthsOfHistory; back >= 1; back--)
        {
            var month = _thisMonth.AddMonths(-back);
            if (month < YearMonth.Of(establishedOn))
            {
                continue;
            }

            var trend = Math.Pow(1 + monthlyGrowth, 1 - back);
            var noise = 1 + ((random.NextDouble() - 0.5) * 0.04);
            var employees = back <= _monthsSinceStop ? 0 : (int)Math.Round(Math.Min(baseline * trend * noise, 20_000));
            records.Add(new HeadcountRecord(creditCode, month, Math.Max(0, employees)));
        }

        return records;
    }

    /// <summary>The last 12 months' utility bills; sound firms pay on time.</summary>
    public List<UtilityPaymentRecord> UtilityPayments()
    {
        var onTimeProbability = 0.72 + (0.28 * soundness);
        var records = new List<UtilityPaymentRecord>();
        for (var back = 12; back > _monthsSinceStop; back--)
        {
            var month = _thisMonth.AddMonths(-back);
            if (month <= YearMonth.Of(establishedOn))
            {
                continue;
            }

            var due = random.Between(1, 3);
            var onTime = Enumerable.Range(0, due).Count(_ => random.Chance(onTimeProbability));
            records.Add(new UtilityPaymentRecord(creditCode, month, due, onTime));
        }

        return records;
    }

    /// <summary>Penalties and enforcement cases, more likely when unsound; listings follow open cases and poor tax ratings.</summary>
    public DemoLegalRecords LegalRecords(string districtCode, IReadOnlyList<TaxRatingRecord> taxRatings)
    {
        var risk = 1 - soundness;
        var penalties = new List<AdministrativePenaltyRecord>();
        for (var i = 0; i < 3 && random.Chance(0.35 * risk); i++)
        {
            var decidedOn = RecentDate(4 * 365);
            var severity = random.Next(10) switch { < 6 => PenaltySeverity.Minor, < 9 => PenaltySeverity.Moderate, _ => PenaltySeverity.Severe };
            penalties.Add(new AdministrativePenaltyRecord(creditCode, Invariant($"青市监罚〔{decidedOn.Year}〕{random.Between(1, 9999)}号"), decidedOn, severity));
        }

        var enforcements = new List<CourtEnforcementRecord>();
        for (var i = 0; i < 2 && random.Chance(0.3 * risk * risk); i++)
        {
            var filedOn = RecentDate(5 * 365);
            var caseNumber = Invariant($"（{filedOn.Year}）鲁{districtCode[2..]}执{(i * 10_000) + random.Between(1, 9999)}号");
            var band = random.Next(10) switch
            {
                < 4 => EnforcementAmountBand.Under100Thousand,
                < 7 => EnforcementAmountBand.Under1Million,
                < 9 => EnforcementAmountBand.Under10Million,
                _ => EnforcementAmountBand.From10Million,
            };
            enforcements.Add(new CourtEnforcementRecord(creditCode, caseNumber, filedOn, band, random.Chance(0.25 + (0.6 * soundness))));
        }

        var poorTax = taxRatings.Count > 0 && taxRatings[^1].Rating <= TaxCreditRating.C;
        var listings = enforcements
            .Where(e => !e.Closed && random.Chance(poorTax ? 0.6 : 0.1))
            .Select(e =>
            {
                var listedOn = e.FiledOn.AddDays(random.Between(90, 365));
                DateOnly? removedOn = random.Chance(0.2) ? listedOn.AddDays(random.Between(60, 400)) : null;
                return new DishonestDebtorRecord(creditCode, e.CaseNumber, listedOn, removedOn > asOf ? null : removedOn);
            })
            .Where(l => l.ListedOn <= asOf)
            .ToList();
        return new DemoLegalRecords(penalties, enforcements, listings);
    }

    private DateOnly RecentDate(int daysBackMaximum)
    {
        var earliest = Math.Max(asOf.DayNumber - daysBackMaximum, establishedOn.DayNumber);
        return DateOnly.FromDayNumber(random.Between(earliest, asOf.DayNumber - 1));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

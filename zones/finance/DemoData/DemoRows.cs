using System.Globalization;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.DemoData;

/// <summary>A demo enterprise's rows of one source file, in <see cref="FinanceFileFormats"/> column order.</summary>
internal static class DemoRows
{
    public static IEnumerable<string?[]> For(FinanceSource source, DemoEnterprise e) => source switch
    {
        FinanceSource.EnterpriseRegistry =>
        [[
            e.CreditCode, e.Name, FinanceFileValues.Spell(FinanceFileValues.Statuses, e.Status), e.LegalRepresentativeName,
            e.LegalRepresentativeIdNumber, Number(e.RegisteredCapitalCny), Date(e.EstablishedOn), e.IndustryCode, e.DistrictCode,
        ]],
        FinanceSource.TaxRating => e.TaxRatings.Select(r => new string?[]
            { r.CreditCode, Number(r.Year), FinanceFileValues.Spell(FinanceFileValues.TaxRatings, r.Rating) }),
        FinanceSource.Headcount => e.Headcounts.Select(h => new string?[]
            { h.CreditCode, h.Month.ToString(), Number(h.InsuredEmployees) }),
        FinanceSource.UtilityPayment => e.UtilityPayments.Select(u => new string?[]
            { u.CreditCode, u.Month.ToString(), Number(u.BillsDue), Number(u.BillsPaidOnTime) }),
        FinanceSource.AdministrativePenalty => e.Penalties.Select(p => new string?[]
            { p.CreditCode, p.DecisionNumber, Date(p.DecidedOn), FinanceFileValues.Spell(FinanceFileValues.Severities, p.Severity) }),
        FinanceSource.CourtEnforcement => e.CourtEnforcements.Select(c => new string?[]
        {
            c.CreditCode, c.CaseNumber, Date(c.FiledOn), FinanceFileValues.Spell(FinanceFileValues.AmountBands, c.AmountBand),
            c.Closed ? "true" : "false",
        }),
        FinanceSource.DishonestDebtor => e.DishonestDebtorListings.Select(d => new string?[]
            { d.CreditCode, d.CaseNumber, Date(d.ListedOn), d.RemovedOn is { } removed ? Date(removed) : null }),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown finance source."),
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

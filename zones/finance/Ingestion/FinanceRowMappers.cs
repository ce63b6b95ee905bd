using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Ingestion;

/// <summary>One function per source from a <see cref="FieldReader"/> to its record; problems go to the reader.</summary>
internal static class FinanceRowMappers
{
    public static IFinanceReferenceRecord Map(FinanceSource source, FieldReader row, PersonalIdentifierHasher hasher) => source switch
    {
        FinanceSource.EnterpriseRegistry => Registration(row, hasher),
        FinanceSource.TaxRating => new TaxRatingRecord(
            row.CreditCode("credit_code"), row.Integer("year", 1990, 2999), row.Choice("rating", FinanceFileValues.TaxRatings)),
        FinanceSource.Headcount => new HeadcountRecord(
            row.CreditCode("credit_code"), row.Month("month"), row.Integer("insured_employees", 0, 10_000_000)),
        FinanceSource.UtilityPayment => UtilityPayment(row),
        FinanceSource.AdministrativePenalty => new AdministrativePenaltyRecord(
            row.CreditCode("credit_code"), row.KeyText("decision_number"), row.Date("decided_on"),
            row.Choice("severity", FinanceFileValues.Severities)),
        FinanceSource.CourtEnforcement => new CourtEnforcementRecord(
            row.CreditCode("credit_code"), row.KeyText("case_number"), row.Date("filed_on"),
            row.Choice("amount_band", FinanceFileValues.AmountBands), row.Boolean("closed")),
        FinanceSource.DishonestDebtor => DishonestDebtor(row),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown finance source."),
    };

    private static EnterpriseRegistration Registration(FieldReader row, PersonalIdentifierHasher hasher)
    {
        var registration = new EnterpriseRegistration(
            row.CreditCode("credit_code"),
            row.Text("name", 100),
            row.Choice("status", FinanceFileValues.Statuses),
            row.Text("legal_representative_name", 50),
            row.IdentityNumberHash("legal_representative_id_number", hasher),
            row.Amount("registered_capital_cny"),
            row.Date("established_on"),
            row.Text("industry_code"),
            row.Text("district_code"));
        if (registration.IndustryCode.Length > 0 && !IndustryCodes.IsValid(registration.IndustryCode))
        {
            row.Report("industry_code", FinanceIngestionProblemCodes.InvalidIndustryCode,
                "The field industry_code must be a GB/T 4754 division code: a letter A–T and two digits, e.g. C13.");
        }

        if (registration.DistrictCode.Length > 0 && !QingdaoDistricts.Contains(registration.DistrictCode))
        {
            row.Report("district_code", FinanceIngestionProblemCodes.InvalidDistrictCode,
                "The field district_code must be one of Qingdao's district codes (3702xx).");
        }

        return registration;
    }

    private static UtilityPaymentRecord UtilityPayment(FieldReader row)
    {
        var record = new UtilityPaymentRecord(
            row.CreditCode("credit_code"), row.Month("month"), row.Integer("bills_due", 1, 1000), row.Integer("bills_paid_on_time", 0, 1000));
        if (record.BillsPaidOnTime > record.BillsDue)
        {
            row.Report("bills_paid_on_time", IngestionProblemCodes.OutOfRange, "The field bills_paid_on_time must not exceed bills_due.");
        }

        return record;
    }

    private static DishonestDebtorRecord DishonestDebtor(FieldReader row)
    {
        var record = new DishonestDebtorRecord(
            row.CreditCode("credit_code"), row.KeyText("case_number"), row.Date("listed_on"), row.OptionalDate("removed_on"));
        if (record.RemovedOn < record.ListedOn)
        {
            row.Report("removed_on", IngestionProblemCodes.OutOfRange, "The field removed_on must not be before listed_on.");
        }

        return record;
    }
}

using System.Globalization;
using Azure.Data.Tables;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Storage;

/// <summary>
/// Reference records to table entities and back. An entity is a pure function of its record — no ingestion id or
/// time — so upserting the same file again writes identical rows. Dates, months and amounts are invariant strings
/// (Table Storage has no date-only or decimal type); enums are stored by name.
/// </summary>
internal static class FinanceEntityMapper
{
    private const string DateFormat = "yyyy-MM-dd";

    public static TableEntity ToEntity(IFinanceReferenceRecord record)
    {
        var entity = new TableEntity(FinanceRowKeys.PartitionKey(record.CreditCode), record.RowKey);
        switch (record)
        {
            case EnterpriseRegistration r:
                entity["Name"] = r.Name;
                entity["Status"] = r.Status.ToString();
                entity["LegalRepresentativeName"] = r.LegalRepresentativeName;
                entity["LegalRepresentativeIdHash"] = r.LegalRepresentativeIdHash;
                entity["RegisteredCapitalCny"] = r.RegisteredCapitalCny.ToString(CultureInfo.InvariantCulture);
                entity["EstablishedOn"] = Date(r.EstablishedOn);
                entity["IndustryCode"] = r.IndustryCode;
                entity["DistrictCode"] = r.DistrictCode;
                break;
            case TaxRatingRecord t:
                entity["Year"] = t.Year;
                entity["Rating"] = t.Rating.ToString();
                break;
            case HeadcountRecord h:
                entity["Month"] = h.Month.ToString();
                entity["InsuredEmployees"] = h.InsuredEmployees;
                break;
            case UtilityPaymentRecord u:
                entity["Month"] = u.Month.ToString();
                entity["BillsDue"] = u.BillsDue;
                entity["BillsPaidOnTime"] = u.BillsPaidOnTime;
                break;
            case AdministrativePenaltyRecord p:
                entity["DecisionNumber"] = p.DecisionNumber;
                entity["DecidedOn"] = Date(p.DecidedOn);
                entity["Severity"] = p.Severity.ToString();
                break;
            case CourtEnforcementRecord c:
                entity["CaseNumber"] = c.CaseNumber;
                entity["FiledOn"] = Date(c.FiledOn);
                entity["AmountBand"] = c.AmountBand.ToString();
                entity["Closed"] = c.Closed;
                break;
            case DishonestDebtorRecord d:
                entity["CaseNumber"] = d.CaseNumber;
                entity["ListedOn"] = Date(d.ListedOn);
                entity["RemovedOn"] = d.RemovedOn is { } removed ? Date(removed) : null;
                break;
            default:
                throw new ArgumentException($"No table mapping for {record.GetType().Name}.", nameof(record));
        }

        return entity;
    }

    /// <summary>The record an entity holds; a row of an unknown source is a broken invariant and throws.</summary>
    public static IFinanceReferenceRecord FromEntity(TableEntity e)
    {
        var creditCode = e.PartitionKey;
        var sourceCode = e.RowKey.Split(FinanceRowKeys.Separator)[0];
        if (!FinanceSources.TryFromCode(sourceCode, out var source))
        {
            throw new InvalidOperationException($"Reference row of unknown source '{sourceCode}' in partition {creditCode}.");
        }

        return source switch
        {
            FinanceSource.EnterpriseRegistry => new EnterpriseRegistration(creditCode, Text(e, "Name"),
                Enum.Parse<EnterpriseStatus>(Text(e, "Status")), Text(e, "LegalRepresentativeName"),
                Text(e, "LegalRepresentativeIdHash"), decimal.Parse(Text(e, "RegisteredCapitalCny"), CultureInfo.InvariantCulture),
                ParseDate(Text(e, "EstablishedOn")), Text(e, "IndustryCode"), Text(e, "DistrictCode")),
            FinanceSource.TaxRating => new TaxRatingRecord(creditCode, Number(e, "Year"), Enum.Parse<TaxCreditRating>(Text(e, "Rating"))),
            FinanceSource.Headcount => new HeadcountRecord(creditCode, Month(e), Number(e, "InsuredEmployees")),
            FinanceSource.UtilityPayment => new UtilityPaymentRecord(creditCode, Month(e), Number(e, "BillsDue"), Number(e, "BillsPaidOnTime")),
            FinanceSource.AdministrativePenalty => new AdministrativePenaltyRecord(creditCode, Text(e, "DecisionNumber"),
                ParseDate(Text(e, "DecidedOn")), Enum.Parse<PenaltySeverity>(Text(e, "Severity"))),
            FinanceSource.CourtEnforcement => new CourtEnforcementRecord(creditCode, Text(e, "CaseNumber"),
                ParseDate(Text(e, "FiledOn")), Enum.Parse<EnforcementAmountBand>(Text(e, "AmountBand")), e.GetBoolean("Closed") ?? false),
            FinanceSource.DishonestDebtor => new DishonestDebtorRecord(creditCode, Text(e, "CaseNumber"),
                ParseDate(Text(e, "ListedOn")), e.GetString("RemovedOn") is { } removed ? ParseDate(removed) : null),
            _ => throw new InvalidOperationException($"Unknown finance source {source}."),
        };
    }

    private static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    private static YearMonth Month(TableEntity e) =>
        YearMonth.TryParse(Text(e, "Month"), out var month)
            ? month
            : throw new InvalidOperationException($"Reference row {e.PartitionKey}/{e.RowKey} has no valid month.");

    private static string Text(TableEntity e, string name) =>
        e.GetString(name) ?? throw new InvalidOperationException($"Reference row {e.PartitionKey}/{e.RowKey} lacks {name}.");

    private static int Number(TableEntity e, string name) =>
        e.GetInt32(name) ?? throw new InvalidOperationException($"Reference row {e.PartitionKey}/{e.RowKey} lacks {name}.");
}

using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Ingestion;

/// <summary>
/// The columns of each source's file, in CSV order. docs/finance.md documents them with examples; the demo
/// generator writes them and the parser reads them, so both go through the same definition.
/// </summary>
public static class FinanceFileFormats
{
    private static readonly FinanceFileColumn CreditCode = new("credit_code", FinanceColumnKind.Text);

    public static IReadOnlyList<FinanceFileColumn> Columns(FinanceSource source) => source switch
    {
        FinanceSource.EnterpriseRegistry =>
        [
            CreditCode, Text("name"), Text("status"), Text("legal_representative_name"),
            Text("legal_representative_id_number"), Number("registered_capital_cny"), Text("established_on"),
            Text("industry_code"), Text("district_code"),
        ],
        FinanceSource.TaxRating => [CreditCode, Number("year"), Text("rating")],
        FinanceSource.Headcount => [CreditCode, Text("month"), Number("insured_employees")],
        FinanceSource.UtilityPayment => [CreditCode, Text("month"), Number("bills_due"), Number("bills_paid_on_time")],
        FinanceSource.AdministrativePenalty => [CreditCode, Text("decision_number"), Text("decided_on"), Text("severity")],
        FinanceSource.CourtEnforcement =>
        [
            CreditCode, Text("case_number"), Text("filed_on"), Text("amount_band"),
            new("closed", FinanceColumnKind.Boolean),
        ],
        FinanceSource.DishonestDebtor =>
        [
            CreditCode, Text("case_number"), Text("listed_on"), new("removed_on", FinanceColumnKind.Text, Required: false),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown finance source."),
    };

    /// <summary>The conventional file name of a source's file, e.g. <c>tax-rating.csv</c>.</summary>
    public static string FileName(FinanceSource source, IngestionFormat format) =>
        FinanceSources.Code(source) + (format == IngestionFormat.Csv ? ".csv" : ".jsonl");

    private static FinanceFileColumn Text(string name) => new(name, FinanceColumnKind.Text);

    private static FinanceFileColumn Number(string name) => new(name, FinanceColumnKind.Number);
}

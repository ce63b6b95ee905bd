using System.Globalization;

namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// The proposed Table Storage keys of finance reference data: one table, PartitionKey = credit code,
/// RowKey = source code + '|' + the fact's natural key within the source. Keys are built from the data only, never
/// from the time of ingestion, so re-running a file upserts the same rows.
/// </summary>
public static class FinanceRowKeys
{
    /// <summary>The separator between the source code and the natural key.</summary>
    public const char Separator = '|';

    /// <summary>The row key of the (single) registry record of an enterprise.</summary>
    public static string Registration => FinanceSources.Code(FinanceSource.EnterpriseRegistry);

    /// <summary>The partition key of every fact of an enterprise.</summary>
    public static string PartitionKey(string creditCode) => creditCode;

    public static string TaxRating(int year) => Key(FinanceSource.TaxRating, year.ToString("D4", CultureInfo.InvariantCulture));

    public static string Headcount(YearMonth month) => Key(FinanceSource.Headcount, month.ToString());

    public static string UtilityPayment(YearMonth month) => Key(FinanceSource.UtilityPayment, month.ToString());

    public static string AdministrativePenalty(string decisionNumber) => Key(FinanceSource.AdministrativePenalty, decisionNumber);

    public static string CourtEnforcement(string caseNumber) => Key(FinanceSource.CourtEnforcement, caseNumber);

    public static string DishonestDebtor(string caseNumber) => Key(FinanceSource.DishonestDebtor, caseNumber);

    /// <summary>
    /// Whether text may be part of a row key: Table Storage forbids '/', '\', '#', '?' and control characters, and
    /// the separator is kept out so a key splits unambiguously.
    /// </summary>
    public static bool IsKeySafe(string text) =>
        !string.IsNullOrWhiteSpace(text)
        && text.Length <= 200
        && !text.Any(c => c is '/' or '\\' or '#' or '?' or Separator || char.IsControl(c));

    private static string Key(FinanceSource source, string naturalKey)
    {
        if (!IsKeySafe(naturalKey))
        {
            throw new ArgumentException("The natural key contains characters a row key cannot hold.", nameof(naturalKey));
        }

        return FinanceSources.Code(source) + Separator + naturalKey;
    }
}

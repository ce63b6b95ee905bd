using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Ingestion;

/// <summary>Field reads only finance files need, on the platform's <see cref="FieldReader"/>.</summary>
internal static class FinanceFieldReads
{
    public static YearMonth Month(this FieldReader row, string field)
    {
        var value = row.Text(field);
        if (value.Length == 0)
        {
            return default;
        }

        if (YearMonth.TryParse(value, out var month)) return month;
        row.Report(field, FinanceIngestionProblemCodes.InvalidMonth, $"The field {field} must be a month yyyy-MM.");
        return default;
    }
}

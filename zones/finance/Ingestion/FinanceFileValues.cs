using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Ingestion;

/// <summary>The text spellings of enumerated values in source files, shared by the parser and the demo writer.</summary>
public static class FinanceFileValues
{
    public static IReadOnlyDictionary<string, EnterpriseStatus> Statuses { get; } = new Dictionary<string, EnterpriseStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["active"] = EnterpriseStatus.Active,
        ["revoked"] = EnterpriseStatus.Revoked,
        ["cancelled"] = EnterpriseStatus.Cancelled,
    };

    public static IReadOnlyDictionary<string, TaxCreditRating> TaxRatings { get; } = new Dictionary<string, TaxCreditRating>(StringComparer.OrdinalIgnoreCase)
    {
        ["A"] = TaxCreditRating.A,
        ["B"] = TaxCreditRating.B,
        ["M"] = TaxCreditRating.M,
        ["C"] = TaxCreditRating.C,
        ["D"] = TaxCreditRating.D,
    };

    public static IReadOnlyDictionary<string, PenaltySeverity> Severities { get; } = new Dictionary<string, PenaltySeverity>(StringComparer.OrdinalIgnoreCase)
    {
        ["minor"] = PenaltySeverity.Minor,
        ["moderate"] = PenaltySeverity.Moderate,
        ["severe"] = PenaltySeverity.Severe,
    };

    public static IReadOnlyDictionary<string, EnforcementAmountBand> AmountBands { get; } =
        new Dictionary<string, EnforcementAmountBand>(StringComparer.OrdinalIgnoreCase)
        {
            ["under-100k"] = EnforcementAmountBand.Under100Thousand,
            ["100k-1m"] = EnforcementAmountBand.Under1Million,
            ["1m-10m"] = EnforcementAmountBand.Under10Million,
            ["10m-plus"] = EnforcementAmountBand.From10Million,
        };

    /// <summary>The file spelling of a value, e.g. <c>cancelled</c> for <see cref="EnterpriseStatus.Cancelled"/>.</summary>
    public static string Spell<T>(IReadOnlyDictionary<string, T> values, T value)
        where T : struct, Enum =>
        values.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}

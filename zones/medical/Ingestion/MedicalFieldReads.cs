using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Ingestion;

/// <summary>Field reads only medical files need, on the platform's <see cref="FieldReader"/>.</summary>
internal static class MedicalFieldReads
{
    /// <summary>
    /// The person behind an identity number: its keyed hash, and the birth year and sex it encodes (kept for the
    /// research aggregates' bands). The clear number goes no further than this method.
    /// </summary>
    public static (string PersonKey, int BirthYear, Sex Sex) Person(this FieldReader row, string field, PersonalIdentifierHasher hasher)
    {
        var text = row.Text(field, 64);
        if (text.Length == 0) return (string.Empty, 0, Sex.Female);
        var result = ResidentIdentityNumberValidator.Validate(text);
        if (!result.IsValid)
        {
            row.Report(field, result.Violation.Code, result.Violation.Message);
            return (string.Empty, 0, Sex.Female);
        }

        var number = result.Normalized;
        var birthYear = int.Parse(number.AsSpan(6, 4), System.Globalization.CultureInfo.InvariantCulture);
        var sex = (number[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        return (hasher.HashToHex(number), birthYear, sex);
    }

    public static string Diagnosis(this FieldReader row, string field) => Icd10(row, field, row.Text(field, 16));

    /// <summary>A <c>;</c>-separated list of codes (may be empty), each checked by <paramref name="isValid"/>.</summary>
    public static IReadOnlyList<string> Codes(this FieldReader row, string field, Func<string, bool> isValid, string code, string rule)
    {
        var value = row.Optional(field);
        if (value is null) return [];
        var codes = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).ToList();
        var bad = codes.Where(c => !isValid(c)).ToList();
        if (bad.Count > 0) row.Report(field, code, $"The field {field} holds {bad.Count} code(s) that are not {rule}.");
        return codes;
    }

    public static IReadOnlyList<string> Diagnoses(this FieldReader row, string field) =>
        row.Codes(field, c => Icd10CodeValidator.Validate(c).IsValid, MedicalProblemCodes.InvalidDiagnosisCode, "ICD-10 codes (A00, A00.0)");

    public static string? Optional(this FieldReader row, string field) =>
        row.Has(field) ? row.Text(field) : null;

    private static string Icd10(FieldReader row, string field, string text)
    {
        if (text.Length == 0) return text;
        var result = Icd10CodeValidator.Validate(text);
        if (result.IsValid) return result.Normalized;
        row.Report(field, result.Violation.Code, result.Violation.Message);
        return string.Empty;
    }
}

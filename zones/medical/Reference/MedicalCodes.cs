using System.Text.RegularExpressions;

namespace DataZones.Zones.Medical.Reference;

/// <summary>
/// The code systems the zone reads besides ICD-10 (validated by the platform's <c>Icd10CodeValidator</c>):
/// ICD-9-CM-3 procedure codes (<c>47.01</c>: two digits, optionally a dot and one or two digits) and ATC drug
/// classes (<c>A</c>, <c>A10</c>, <c>A10B</c>, <c>A10BA</c>, <c>A10BA02</c>). Comparisons of diagnoses are by ICD-10
/// category: the first three characters (<c>E11.9</c> → <c>E11</c>).
/// </summary>
public static partial class MedicalCodes
{
    public static bool IsProcedureCode(string code) => ProcedurePattern().IsMatch(code);

    public static bool IsAtcCode(string code) => AtcPattern().IsMatch(code);

    public static string Category(string icd10) => icd10.Length >= 3 ? icd10[..3] : icd10;

    [GeneratedRegex(@"^\d{2}(\.\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ProcedurePattern();

    [GeneratedRegex(@"^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AtcPattern();
}

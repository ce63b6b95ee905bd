using System.Globalization;
using Azure.Data.Tables;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Research;

/// <summary>
/// The research index: the few facts a cohort statistic needs, partitioned by what a cohort is defined by, so a
/// research query reads one diagnosis partition (and one drug-class partition) instead of every person's. A visit
/// appears once under each ICD-10 category it records (<c>dx-E11</c>); a prescription under its ATC therapeutic
/// subgroup (<c>atc-A10</c>). Row keys begin with the person key, so rows of one person sort together.
/// </summary>
public static class ResearchIndexRows
{
    public const string DiagnosisPrefix = "dx-";
    public const string DrugClassPrefix = "atc-";

    public static string DiagnosisPartition(string category) => DiagnosisPrefix + category;

    public static string DrugClassPartition(string drugClass) => DrugClassPrefix + drugClass;

    /// <summary>The index rows one reference record contributes (none for claim marks or drugs coded above level 2).</summary>
    public static IEnumerable<TableEntity> Of(IMedicalRecord record) => record switch
    {
        Visit v => v.Diagnoses.Select(MedicalCodes.Category).Distinct(StringComparer.Ordinal).Select(category =>
            new TableEntity(DiagnosisPartition(category), $"{v.PersonKey}|{v.VisitId}")
            {
                ["BirthYear"] = v.BirthYear,
                ["Sex"] = v.Sex.ToString(),
                ["VisitType"] = v.Type.ToString(),
                ["AdmittedOn"] = Date(v.AdmittedOn),
                ["DischargedOn"] = Date(v.DischargedOn),
            }),
        Prescription p when p.AtcCode.Length >= 3 =>
        [
            new TableEntity(DrugClassPartition(p.AtcCode[..3]), $"{p.PersonKey}|{p.PrescriptionId}") { ["PrescribedOn"] = Date(p.PrescribedOn) },
        ],
        _ => [],
    };

    public static IndexedVisit ReadVisit(TableEntity row)
    {
        var separator = row.RowKey.IndexOf('|', StringComparison.Ordinal);
        return new IndexedVisit(
            row.RowKey[..separator], row.RowKey[(separator + 1)..], row.GetInt32("BirthYear") ?? 0, Enum.Parse<Sex>(row.GetString("Sex")!),
            Enum.Parse<VisitType>(row.GetString("VisitType")!), ParseDate(row.GetString("AdmittedOn")), ParseDate(row.GetString("DischargedOn")));
    }

    public static string PersonOf(TableEntity row) => row.RowKey[..row.RowKey.IndexOf('|', StringComparison.Ordinal)];

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string? text) => DateOnly.ParseExact(text!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

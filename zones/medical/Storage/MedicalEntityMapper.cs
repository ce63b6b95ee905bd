using System.Globalization;
using Azure.Data.Tables;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Storage;

/// <summary>
/// Records to table entities and back. Amounts are stored as invariant decimal text (Table Storage has no decimal
/// type, and a double would not keep fen exactly); dates as <c>yyyy-MM-dd</c>; code lists joined by <c>;</c>.
/// </summary>
internal static class MedicalEntityMapper
{
    private const string KindProperty = "Kind";

    public static TableEntity ToEntity(IMedicalRecord record) => record switch
    {
        Visit v => new TableEntity(v.PersonKey, v.RowKey)
        {
            [KindProperty] = "visit",
            ["VisitId"] = v.VisitId,
            ["InstitutionCode"] = v.InstitutionCode,
            ["VisitType"] = v.Type.ToString(),
            ["AdmittedOn"] = Date(v.AdmittedOn),
            ["DischargedOn"] = Date(v.DischargedOn),
            ["PrimaryDiagnosis"] = v.PrimaryDiagnosis,
            ["SecondaryDiagnoses"] = string.Join(';', v.SecondaryDiagnoses),
            ["Procedures"] = string.Join(';', v.Procedures),
            ["TotalCost"] = Amount(v.TotalCost),
            ["FundPaid"] = Amount(v.FundPaid),
            ["SelfPaid"] = Amount(v.SelfPaid),
            ["SettlementNumber"] = v.SettlementNumber,
            ["BirthYear"] = v.BirthYear,
            ["Sex"] = v.Sex.ToString(),
        },
        Prescription p => new TableEntity(p.PersonKey, p.RowKey)
        {
            [KindProperty] = "rx",
            ["PrescriptionId"] = p.PrescriptionId,
            ["VisitId"] = p.VisitId,
            ["AtcCode"] = p.AtcCode,
            ["PrescribedOn"] = Date(p.PrescribedOn),
        },
        ClaimMark c => new TableEntity(c.PersonKey, c.RowKey)
        {
            [KindProperty] = "claim",
            ["VisitId"] = c.VisitId,
            ["ClaimKey"] = c.ClaimKey,
            ["MarkedAt"] = c.MarkedAt,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "Unknown medical record."),
    };

    public static IMedicalRecord? FromEntity(TableEntity e) => e.GetString(KindProperty) switch
    {
        "visit" => new Visit(
            e.PartitionKey, e.GetString("VisitId")!, e.GetString("InstitutionCode")!, Enum.Parse<VisitType>(e.GetString("VisitType")!),
            ParseDate(e.GetString("AdmittedOn")), ParseDate(e.GetString("DischargedOn")), e.GetString("PrimaryDiagnosis")!,
            List(e.GetString("SecondaryDiagnoses")), List(e.GetString("Procedures")),
            ParseAmount(e.GetString("TotalCost")), ParseAmount(e.GetString("FundPaid")), ParseAmount(e.GetString("SelfPaid")),
            e.GetString("SettlementNumber"), e.GetInt32("BirthYear") ?? 0, Enum.Parse<Sex>(e.GetString("Sex")!)),
        "rx" => new Prescription(e.PartitionKey, e.GetString("PrescriptionId")!, e.GetString("VisitId")!, e.GetString("AtcCode")!, ParseDate(e.GetString("PrescribedOn"))),
        "claim" => new ClaimMark(e.PartitionKey, e.GetString("VisitId")!, e.GetString("ClaimKey")!, e.GetDateTimeOffset("MarkedAt") ?? default),
        _ => null, // a row kind this version does not know: ignored rather than misread
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string? text) => DateOnly.ParseExact(text!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    private static decimal ParseAmount(string? text) => decimal.Parse(text!, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static List<string> List(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
}

namespace DataZones.Zones.Medical.Reference;

/// <summary>
/// Row keys of a person's partition: <c>visit|{id}</c>, <c>rx|{id}</c>, <c>claim|{visit id}|{claim key}</c>. The
/// holder's ids are checked key-safe at ingestion (no <c>/ \ # ? |</c>), so a key splits unambiguously.
/// </summary>
public static class MedicalRowKeys
{
    public const string VisitPrefix = "visit|";
    public const string PrescriptionPrefix = "rx|";
    public const string ClaimPrefix = "claim|";

    public static string Visit(string visitId) => VisitPrefix + visitId;

    public static string Prescription(string prescriptionId) => PrescriptionPrefix + prescriptionId;

    public static string ClaimMark(string visitId, string claimKey) => ClaimPrefix + visitId + "|" + claimKey;
}

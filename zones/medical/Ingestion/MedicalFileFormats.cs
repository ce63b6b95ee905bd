using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Ingestion;

/// <summary>
/// The columns of each source's file, in CSV order (JSON Lines objects use the same names). docs/medical.md
/// documents them with examples; the demo generator writes them and the parser reads them.
/// </summary>
public static class MedicalFileFormats
{
    public static IReadOnlyList<string> Columns(MedicalSource source) => source switch
    {
        MedicalSource.Visits =>
        [
            "visit_id", "id_number", "institution_code", "visit_type", "admitted_on", "discharged_on", "primary_diagnosis",
            "secondary_diagnoses", "procedures", "total_cost", "fund_paid", "self_paid", "settlement_number",
        ],
        MedicalSource.Prescriptions => ["prescription_id", "id_number", "visit_id", "atc_code", "prescribed_on"],
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown medical source."),
    };

    /// <summary>The columns a line must fill (the others may be empty).</summary>
    public static bool IsOptional(string column) => column is "discharged_on" or "secondary_diagnoses" or "procedures" or "settlement_number";
}

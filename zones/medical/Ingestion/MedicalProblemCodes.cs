namespace DataZones.Zones.Medical.Ingestion;

/// <summary>The medical files' own line-problem codes, beside the platform's shared ones.</summary>
public static class MedicalProblemCodes
{
    public const string InvalidDiagnosisCode = "invalid-diagnosis-code";
    public const string InvalidProcedureCode = "invalid-procedure-code";
    public const string InvalidAtcCode = "invalid-atc-code";
    public const string DischargeBeforeAdmission = "discharge-before-admission";
    public const string OutpatientOverNight = "outpatient-over-night";
    public const string AmountsDoNotAddUp = "amounts-do-not-add-up";
}

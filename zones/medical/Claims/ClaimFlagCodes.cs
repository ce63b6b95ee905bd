namespace DataZones.Zones.Medical.Claims;

/// <summary>The reason codes of claim flags: stable, documented in docs/medical.md.</summary>
public static class ClaimFlagCodes
{
    public const string VisitNotFound = "VISIT_NOT_FOUND";
    public const string OutsidePolicyPeriod = "OUTSIDE_POLICY_PERIOD";
    public const string InWaitingPeriod = "IN_WAITING_PERIOD";
    public const string DiagnosisNotRecorded = "DIAGNOSIS_NOT_RECORDED";
    public const string AmountAboveSelfPaid = "AMOUNT_ABOVE_SELF_PAID";
    public const string ClaimedBefore = "CLAIMED_BEFORE";
    public const string ReadmissionWithin15Days = "READMISSION_WITHIN_15_DAYS";
    public const string DiagnosisProcedureMismatch = "DIAGNOSIS_PROCEDURE_MISMATCH";
}

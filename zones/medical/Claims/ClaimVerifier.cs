using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Claims;

/// <summary>
/// The rules of claims verification, pure: a valid claim against the person's history (already limited to the
/// consent's data period). The visit is the one recorded at the claimed institution on the claimed admission day.
/// Flags say which rule fired, never what the record holds.
/// </summary>
public static class ClaimVerifier
{
    /// <summary>A re-admission this soon after a discharge for the same category is a split stay (分解住院).</summary>
    public const int ReadmissionDays = 15;

    public static (ClaimVerification Verification, Visit? Visit) Verify(ValidClaim claim, PersonHistory history, string claimKey)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(history);
        var flags = new List<ClaimFlag>();
        if (claim.AdmittedOn < claim.PolicyStartsOn || claim.AdmittedOn > claim.PolicyEndsOn)
        {
            flags.Add(new(ClaimFlagCodes.OutsidePolicyPeriod, "The claimed visit began outside the policy period."));
        }
        else if (claim.AdmittedOn < claim.PolicyStartsOn.AddDays(claim.WaitingPeriodDays))
        {
            flags.Add(new(ClaimFlagCodes.InWaitingPeriod, "The claimed visit began within the policy's waiting period."));
        }

        var visit = history.Visits
            .Where(v => v.AdmittedOn == claim.AdmittedOn && string.Equals(v.InstitutionCode, claim.InstitutionCode, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(v => v.DischargedOn == claim.DischargedOn)
            .FirstOrDefault();
        if (visit is null)
        {
            flags.Insert(0, new(ClaimFlagCodes.VisitNotFound, "No visit at this institution on this admission day is recorded for the person."));
            return (new ClaimVerification(claim.ClaimReference, ClaimOutcome.NotFound, new ClaimMatches(false, null, null, null, null, null), flags), null);
        }

        var recorded = visit.Diagnoses.Select(MedicalCodes.Category).ToHashSet(StringComparer.Ordinal);
        var claimedCategories = claim.Diagnoses.Select(MedicalCodes.Category).Distinct(StringComparer.Ordinal).ToList();
        var diagnosesMatch = claimedCategories.All(recorded.Contains);
        if (!diagnosesMatch) flags.Add(new(ClaimFlagCodes.DiagnosisNotRecorded, "A claimed diagnosis (by ICD-10 category) is not recorded for this visit."));

        var amountWithin = claim.ClaimedAmount <= visit.SelfPaid;
        if (!amountWithin) flags.Add(new(ClaimFlagCodes.AmountAboveSelfPaid, "The claimed amount is more than the person paid themselves for this visit."));

        if (history.ClaimMarks.Any(m => m.VisitId == visit.VisitId && m.ClaimKey != claimKey))
        {
            flags.Add(new(ClaimFlagCodes.ClaimedBefore, "This visit has been claimed before."));
        }

        if (visit.Type == VisitType.Inpatient && IsSplitStay(visit, history))
        {
            flags.Add(new(ClaimFlagCodes.ReadmissionWithin15Days, $"The person was discharged for the same condition within {ReadmissionDays} days before this admission."));
        }

        var procedures = claim.Procedures.Count > 0 ? claim.Procedures : visit.Procedures;
        if (ProcedureDiagnosisRules.Unjustified(procedures, claimedCategories).Any())
        {
            flags.Add(new(ClaimFlagCodes.DiagnosisProcedureMismatch, "A procedure does not fit the claimed diagnoses."));
        }

        var matches = new ClaimMatches(
            true,
            visit.DischargedOn == claim.DischargedOn,
            diagnosesMatch,
            claim.Procedures.Count == 0 ? null : claim.Procedures.All(p => visit.Procedures.Contains(p, StringComparer.Ordinal)),
            amountWithin,
            claim.SettlementNumber is null ? null : string.Equals(claim.SettlementNumber, visit.SettlementNumber, StringComparison.Ordinal));
        var consistent = flags.Count == 0 && matches is { DischargeDate: true, Procedures: not false, SettlementNumber: not false };
        return (new ClaimVerification(claim.ClaimReference, consistent ? ClaimOutcome.Consistent : ClaimOutcome.Inconsistent, matches, flags), visit);
    }

    private static bool IsSplitStay(Visit visit, PersonHistory history)
    {
        var categories = visit.Diagnoses.Select(MedicalCodes.Category).ToHashSet(StringComparer.Ordinal);
        return history.Visits.Any(earlier => earlier.Type == VisitType.Inpatient && earlier.VisitId != visit.VisitId
            && earlier.DischargedOn <= visit.AdmittedOn && visit.AdmittedOn.DayNumber - earlier.DischargedOn.DayNumber <= ReadmissionDays
            && earlier.Diagnoses.Select(MedicalCodes.Category).Any(categories.Contains));
    }
}

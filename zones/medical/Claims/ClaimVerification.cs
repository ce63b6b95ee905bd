namespace DataZones.Zones.Medical.Claims;

/// <summary>
/// The answer to a claim: outcome, a match flag per claimed element (null where the claim did not state it or no
/// visit was found to compare with) and fraud flags. Nothing from the record: no date, amount or code.
/// </summary>
public sealed record ClaimVerification(string ClaimReference, ClaimOutcome Outcome, ClaimMatches Matches, IReadOnlyList<ClaimFlag> Flags);

/// <summary>Whether each claimed element matches the recorded visit.</summary>
public sealed record ClaimMatches(
    bool Visit,
    bool? DischargeDate,
    bool? Diagnoses,
    bool? Procedures,
    bool? AmountWithinSelfPaid,
    bool? SettlementNumber);

/// <summary>A fraud or eligibility flag: a stable code and a sentence that names the rule, never a recorded value.</summary>
public sealed record ClaimFlag(string Code, string Reason);

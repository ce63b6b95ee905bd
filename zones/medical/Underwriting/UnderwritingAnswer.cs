namespace DataZones.Zones.Medical.Underwriting;

/// <summary>
/// The underwriting check: per condition asked about, whether it is recorded in the lookback; how often the person
/// was in hospital, as a band; and whether a chronic condition is recorded repeatedly. No date, code or amount.
/// </summary>
public sealed record UnderwritingAnswer(int LookbackYears, IReadOnlyList<ConditionFinding> Conditions, string HospitalisationBand, bool ChronicCondition);

/// <summary>One condition asked about, as asked, and whether it is recorded.</summary>
public sealed record ConditionFinding(string Condition, bool Recorded);

namespace DataZones.Zones.Finance.Scoring;

/// <summary>
/// An enterprise's profile and score on a date. The profile holds figures and stays inside the zone; only the
/// score (bands, grade, codes) is ever answered.
/// </summary>
public sealed record CreditAssessment(string CreditCode, DateOnly AsOf, CreditProfile Profile, CreditScore Score);

namespace DataZones.Zones.Transport.Underwriting;

/// <summary>A risk score 0–100 (higher is riskier) and up to four reason codes, the largest contributions first.</summary>
public sealed record TruckRiskScore(int Score, IReadOnlyList<string> ReasonCodes);

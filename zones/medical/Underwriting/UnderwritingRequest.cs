using DataZones.Marketplace.Consent;

namespace DataZones.Zones.Medical.Underwriting;

/// <summary>An underwriting check of one applicant, under their consent.</summary>
/// <param name="IdentityNumber">The applicant's resident identity number.</param>
/// <param name="ConsentId">The consent the applicant gave this insurer for underwriting.</param>
/// <param name="LookbackYears">How far back to look: 1–5 years.</param>
/// <param name="Conditions">1–20 conditions of interest: ICD-10 categories (<c>E11</c>), ranges (<c>E10-E14</c>) or chapters (<c>IX</c>).</param>
public sealed record UnderwritingRequest(string? IdentityNumber, string? ConsentId, int? LookbackYears, IReadOnlyList<string?>? Conditions) : IConsentedRequest
{
    public IReadOnlyList<ConsentClaim> ConsentClaims() => [new(ConsentId, IdentityNumber)];
}

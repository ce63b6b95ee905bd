using DataZones.Marketplace.Consent;

namespace DataZones.Zones.Medical.Claims;

/// <summary>
/// A health-insurance claim to verify against the person's recorded visit. Person-level: it names the person and
/// the consent they gave the insurer; the pipeline checks that consent before the zone reads anything.
/// </summary>
/// <param name="ClaimReference">The insurer's own claim number (echoed; a re-verification of the same claim is not a repeated claim).</param>
/// <param name="IdentityNumber">The insured person's resident identity number.</param>
/// <param name="ConsentId">The consent the person gave this insurer for claims verification.</param>
/// <param name="Policy">The policy's period and waiting period.</param>
/// <param name="InstitutionCode">Where the claimed visit took place.</param>
/// <param name="AdmittedOn">The claimed visit's first day.</param>
/// <param name="DischargedOn">Its last day (an outpatient visit's is its first; may be left out then).</param>
/// <param name="Diagnoses">The claimed ICD-10 diagnoses (1–10).</param>
/// <param name="ClaimedAmount">The amount claimed, in yuan.</param>
/// <param name="Procedures">Optionally, the claimed ICD-9-CM-3 procedures (up to 10).</param>
/// <param name="SettlementNumber">Optionally, the medical-insurance settlement number on the claimant's receipt.</param>
public sealed record ClaimRequest(
    string? ClaimReference,
    string? IdentityNumber,
    string? ConsentId,
    PolicyTerms? Policy,
    string? InstitutionCode,
    DateOnly? AdmittedOn,
    DateOnly? DischargedOn,
    IReadOnlyList<string?>? Diagnoses,
    decimal? ClaimedAmount,
    IReadOnlyList<string?>? Procedures = null,
    string? SettlementNumber = null) : IConsentedRequest
{
    public IReadOnlyList<ConsentClaim> ConsentClaims() => [new(ConsentId, IdentityNumber)];
}

/// <summary>The policy a claim is made under: cover from <paramref name="StartsOn"/> to <paramref name="EndsOn"/>, nothing in the first <paramref name="WaitingPeriodDays"/> days.</summary>
public sealed record PolicyTerms(DateOnly? StartsOn, DateOnly? EndsOn, int? WaitingPeriodDays);

/// <summary>A group-supplementary batch (企业团体补充险): up to 500 claims answered at once, each billed once.</summary>
public sealed record GroupClaimRequest(IReadOnlyList<ClaimRequest?>? Items) : IConsentedRequest
{
    /// <summary>At most the first 500 items' claims: a larger batch is refused by the handler, so no more are read.</summary>
    public IReadOnlyList<ConsentClaim> ConsentClaims() =>
        (Items ?? []).Take(Api.ClaimsApi.GroupItemsMaximum).Select(i => new ConsentClaim(i?.ConsentId, i?.IdentityNumber)).ToList();
}

/// <summary>A group-supplementary batch of up to 10,000 claims, verified as a job.</summary>
public sealed record ClaimBatchRequest(IReadOnlyList<ClaimRequest?>? Items) : IConsentedRequest
{
    /// <summary>At most the first 10,000 items' claims: a larger batch is refused by the handler, so no more are read.</summary>
    public IReadOnlyList<ConsentClaim> ConsentClaims() =>
        (Items ?? []).Take(Api.ClaimBatchesApi.ItemsMaximum).Select(i => new ConsentClaim(i?.ConsentId, i?.IdentityNumber)).ToList();
}

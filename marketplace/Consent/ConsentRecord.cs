namespace DataZones.Marketplace.Consent;

/// <summary>
/// A person's separate consent (PIPL art. 29) for one consumer to use their data for named purposes: the products
/// (e.g. <c>medical.claims-verification</c>), the period of data it covers, and until when. Revocable at once;
/// a revoked consent is kept (with when) so the person can still read who used it.
/// </summary>
/// <param name="Id">The consent's id, given to the person and quoted by the grantee in each call.</param>
/// <param name="SubjectKey">The keyed hash of the person's identity number; never the number.</param>
/// <param name="GranteeConsumerId">The consumer the person consented to.</param>
/// <param name="Purposes">The product ids it is for.</param>
/// <param name="DataFrom">The first day of the data it covers.</param>
/// <param name="DataTo">The last day of the data it covers.</param>
/// <param name="ValidUntil">The instant it expires.</param>
/// <param name="GrantedAt">When it was recorded.</param>
/// <param name="GrantedBy">The consent authority's credential that recorded it.</param>
/// <param name="RevokedAt">When the person withdrew it, if they did.</param>
public sealed record ConsentRecord(
    string Id,
    string SubjectKey,
    string GranteeConsumerId,
    IReadOnlyList<string> Purposes,
    DateOnly DataFrom,
    DateOnly DataTo,
    DateTimeOffset ValidUntil,
    DateTimeOffset GrantedAt,
    string GrantedBy,
    DateTimeOffset? RevokedAt = null);

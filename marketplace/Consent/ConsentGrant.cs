namespace DataZones.Marketplace.Consent;

/// <summary>What the consent authority records when a verified person consents.</summary>
/// <param name="IdentityNumber">The person's resident identity number (verified by the authority); only its hash is kept.</param>
/// <param name="GranteeConsumerId">The consumer the person consents to.</param>
/// <param name="Purposes">The products it is for.</param>
/// <param name="DataFrom">The first day of the data it covers.</param>
/// <param name="DataTo">The last day of the data it covers.</param>
/// <param name="ValidUntil">When it expires.</param>
public sealed record ConsentGrant(
    string? IdentityNumber,
    string? GranteeConsumerId,
    IReadOnlyList<string>? Purposes,
    DateOnly? DataFrom,
    DateOnly? DataTo,
    DateTimeOffset? ValidUntil);

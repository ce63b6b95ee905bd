namespace DataZones.Marketplace.Consent;

/// <summary>What a call says about one person it asks about: the consent it relies on and whose it is.</summary>
/// <param name="ConsentId">The consent id the person gave the consumer.</param>
/// <param name="IdentityNumber">The person's resident identity number, as the request carries it.</param>
public sealed record ConsentClaim(string? ConsentId, string? IdentityNumber);

namespace DataZones.Zones.Finance.Verification;

/// <summary>
/// A three- or four-element enterprise verification request (企业三要素/四要素核验): the credit code, the name and
/// the legal representative's name, and optionally the legal representative's resident identity number.
/// </summary>
/// <param name="CreditCode">Unified social credit code; the lookup key.</param>
/// <param name="EnterpriseName">The enterprise name to check.</param>
/// <param name="LegalRepresentativeName">The legal representative's name to check.</param>
/// <param name="LegalRepresentativeIdNumber">
/// The legal representative's identity number to check (four-element verification), or null for three elements.
/// Personal data: it is hashed as soon as it is validated and is never stored, logged or echoed.
/// </param>
public sealed record EnterpriseVerificationRequest(
    string? CreditCode,
    string? EnterpriseName,
    string? LegalRepresentativeName,
    string? LegalRepresentativeIdNumber)
{
    /// <summary>Whether the identity number was supplied, i.e. whether this is a four-element request.</summary>
    public bool IsFourElement => !string.IsNullOrWhiteSpace(LegalRepresentativeIdNumber);

    /// <summary>Never prints the identity number or the names.</summary>
    public override string ToString() =>
        $"EnterpriseVerificationRequest {{ Elements = {(IsFourElement ? 4 : 3)} }}";
}

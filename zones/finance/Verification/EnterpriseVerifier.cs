using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Verification;

/// <summary>
/// Compares a verification request with the registry record found under its credit code. Pure: the caller looks the
/// record up (PartitionKey = credit code, RowKey = <see cref="FinanceRowKeys.Registration"/>) and passes it, or null.
/// </summary>
/// <remarks>
/// Billing: every request that passes <see cref="EnterpriseVerificationRequestValidator"/> is billed, including
/// <see cref="VerificationOutcome.NotFound"/>, because the lookup was made and "not registered" is itself the answer
/// a bank pays for (it is how commercial verification services bill). Requests with problems are not billed.
/// </remarks>
public sealed class EnterpriseVerifier(PersonalIdentifierHasher hasher)
{
    private readonly PersonalIdentifierHasher _hasher = hasher ?? throw new ArgumentNullException(nameof(hasher));

    /// <summary>Whether a verification with this outcome is billed: always, see the remarks.</summary>
    public static bool IsBillable(VerificationOutcome outcome) => Enum.IsDefined(outcome);

    /// <summary>Verifies a request that has no <see cref="EnterpriseVerificationRequestValidator"/> problems.</summary>
    /// <exception cref="ArgumentException">
    /// The request has problems, or the record is of another enterprise: both are the caller's bugs.
    /// </exception>
    public EnterpriseVerificationResult Verify(EnterpriseVerificationRequest request, EnterpriseRegistration? registered)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (EnterpriseVerificationRequestValidator.Validate(request).Count > 0)
        {
            throw new ArgumentException("Validate the request before verifying it.", nameof(request));
        }

        var creditCode = UnifiedSocialCreditCodeValidator.Validate(request.CreditCode).Normalized!;
        var elementCount = request.IsFourElement ? 4 : 3;
        if (registered is null)
        {
            return EnterpriseVerificationResult.NotFound(elementCount);
        }

        if (registered.CreditCode != creditCode)
        {
            throw new ArgumentException("The registry record is not the requested enterprise's.", nameof(registered));
        }

        var nameMatches = NameNormalizer.AreEquivalent(request.EnterpriseName!, registered.Name);
        var representativeMatches = NameNormalizer.AreEquivalent(request.LegalRepresentativeName!, registered.LegalRepresentativeName);
        bool? idMatches = request.IsFourElement
            ? _hasher.Matches(
                ResidentIdentityNumberValidator.Validate(request.LegalRepresentativeIdNumber).Normalized!,
                registered.LegalRepresentativeIdHash)
            : null;
        var allMatch = nameMatches && representativeMatches && idMatches != false;

        return new EnterpriseVerificationResult(
            allMatch ? VerificationOutcome.Match : VerificationOutcome.Mismatch,
            elementCount,
            nameMatches,
            representativeMatches,
            idMatches,
            registered.Status);
    }
}

using DataZones.Marketplace.Identifiers;

namespace DataZones.Marketplace.Consent;

/// <summary>
/// The consent subject's key: the keyed hash of a normalised identity number under <c>Consent:SubjectHashKey</c>,
/// a key of its own, so consents link to no zone's reference tables without the zone's key.
/// </summary>
public sealed class ConsentSubjects(PersonalIdentifierHasher hasher)
{
    /// <summary>The subject key of a valid identity number, or null when it is not one.</summary>
    public string? KeyOf(string? identityNumber)
    {
        var result = ResidentIdentityNumberValidator.Validate(identityNumber);
        return result.IsValid ? hasher.HashToHex(result.Normalized) : null;
    }

    /// <summary>Whether <paramref name="identityNumber"/> is the subject of <paramref name="consent"/> (constant time).</summary>
    public bool IsSubject(ConsentRecord consent, string? identityNumber)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var result = ResidentIdentityNumberValidator.Validate(identityNumber);
        return result.IsValid && hasher.Matches(result.Normalized, consent.SubjectKey);
    }
}

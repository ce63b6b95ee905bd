using DataZones.Marketplace.Identifiers;

namespace DataZones.Zones.Medical.Reference;

/// <summary>
/// The medical zone's own identity-number hasher (key <c>Medical:IdentifierHashKey</c>), wrapped so that it is
/// never confused in the container with another zone's: the finance zone registers a hasher under its own key.
/// </summary>
public sealed class MedicalPersonKeys(PersonalIdentifierHasher hasher)
{
    public PersonalIdentifierHasher Hasher { get; } = hasher;

    /// <summary>The partition key of a person, from a normalised identity number.</summary>
    public string Of(string normalizedIdentityNumber) => Hasher.HashToHex(normalizedIdentityNumber);
}

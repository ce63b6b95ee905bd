using DataZones.Marketplace.Identifiers;

namespace DataZones.Zones.Transport.Reference;

/// <summary>
/// The transport zone's own hasher of plates and persons (key <c>Transport:IdentifierHashKey</c>), wrapped so that
/// it is never confused in the container with another zone's.
/// </summary>
public sealed class TransportKeys(PersonalIdentifierHasher hasher)
{
    public PersonalIdentifierHasher Hasher { get; } = hasher;

    /// <summary>The keyed hash of a plate, normalised (upper case, no spaces or separators) first.</summary>
    public string Plate(string plate) => Hasher.HashToHex(NormalizePlate(plate));

    /// <summary>The keyed hash of a validated, normalised resident identity number.</summary>
    public string Person(string normalizedIdentityNumber) => Hasher.HashToHex("person:" + normalizedIdentityNumber);

    /// <summary>The keyed hash of a VIN, the contributor of a traffic cell: a traffic row never names its vehicle.</summary>
    public string Vehicle(string normalizedVin) => Hasher.HashToHex("vehicle:" + normalizedVin);

    public static string NormalizePlate(string plate) =>
        new(plate.Trim().ToUpperInvariant().Where(c => c is not (' ' or '-' or '·' or '.')).ToArray());
}

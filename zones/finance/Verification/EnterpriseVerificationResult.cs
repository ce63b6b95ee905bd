using System.Text.Json.Serialization;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Verification;

/// <summary>
/// The answer of enterprise verification: per-element match flags and the registration status — never a stored
/// value. A mismatch says only that an element differs, not what is registered.
/// </summary>
/// <param name="Outcome">Match, mismatch or not found.</param>
/// <param name="ElementCount">3 or 4: how many elements were checked (the credit code counts as one).</param>
/// <param name="EnterpriseNameMatches">Whether the name matches; null when not found.</param>
/// <param name="LegalRepresentativeNameMatches">Whether the legal representative's name matches; null when not found.</param>
/// <param name="LegalRepresentativeIdMatches">
/// Whether the identity number matches; null when not supplied (three elements) or not found.
/// </param>
/// <param name="RegistrationStatus">The registration status; null when not found.</param>
public sealed record EnterpriseVerificationResult(
    [property: JsonPropertyName("outcome")] VerificationOutcome Outcome,
    [property: JsonPropertyName("elementCount")] int ElementCount,
    [property: JsonPropertyName("enterpriseNameMatches")] bool? EnterpriseNameMatches,
    [property: JsonPropertyName("legalRepresentativeNameMatches")] bool? LegalRepresentativeNameMatches,
    [property: JsonPropertyName("legalRepresentativeIdMatches")] bool? LegalRepresentativeIdMatches,
    [property: JsonPropertyName("registrationStatus")] EnterpriseStatus? RegistrationStatus)
{
    public static EnterpriseVerificationResult NotFound(int elementCount) =>
        new(VerificationOutcome.NotFound, elementCount, null, null, null, null);
}

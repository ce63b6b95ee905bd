namespace DataZones.Marketplace.Consent;

/// <summary>
/// A request body of a person-level operation: the pipeline reads the consent claims from it and checks each before
/// the zone's work. A single-person request has one claim; a batch one per item, in item order.
/// </summary>
public interface IConsentedRequest
{
    IReadOnlyList<ConsentClaim> ConsentClaims();
}

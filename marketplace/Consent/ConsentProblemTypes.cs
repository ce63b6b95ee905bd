using DataZones.Marketplace.Problems;

namespace DataZones.Marketplace.Consent;

/// <summary>The consent authority's problem types (a zone call without a valid consent is <c>consent-required</c>).</summary>
public static class ConsentProblemTypes
{
    public static readonly ProblemType InvalidConsent = new("invalid-consent", "The consent to record is incomplete or not valid.", 400);

    public static readonly ProblemType ConsentNotFound = new("consent-not-found", "There is no consent with this id.", 404);

    public static IReadOnlyList<ProblemType> All { get; } = [InvalidConsent, ConsentNotFound];
}

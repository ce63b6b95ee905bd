using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Policies;

/// <summary>A policy in a match answer, and the criteria the enterprise does not meet (empty when qualified).</summary>
public sealed record LoanPolicyMatch(
    [property: JsonPropertyName("policyId")] string PolicyId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("nameEnglish")] string NameEnglish,
    [property: JsonPropertyName("lender")] string Lender,
    [property: JsonPropertyName("unmetCriteria")] IReadOnlyList<string> UnmetCriteria);

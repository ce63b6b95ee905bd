using System.Text.Json.Serialization;

namespace DataZones.Zones.Finance.Policies;

/// <summary>
/// The answer of loan-policy matching (自动匹配贷款政策): the policies the enterprise qualifies for, and the near
/// misses — policies failing at most <see cref="LoanPolicyMatcher.NearMissUnmetMaximum"/> criteria — with the codes
/// of those criteria. Policies failing more are left out. Only codes; no figure of the enterprise.
/// </summary>
public sealed record LoanPolicyMatchResult(
    [property: JsonPropertyName("qualified")] IReadOnlyList<LoanPolicyMatch> Qualified,
    [property: JsonPropertyName("nearMisses")] IReadOnlyList<LoanPolicyMatch> NearMisses);

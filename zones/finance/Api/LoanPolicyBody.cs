using DataZones.Zones.Finance.Policies;

namespace DataZones.Zones.Finance.Api;

/// <summary>Body of <c>PUT /operator/finance/loan-policies/{id}</c>: the policy without its id (the route names it).</summary>
public sealed record LoanPolicyBody(string? Name, string? NameEnglish, string? Lender, LoanPolicyCriteria? Criteria)
{
    public LoanPolicy ToPolicy(string id) => new(id, Name ?? string.Empty, NameEnglish ?? string.Empty, Lender ?? string.Empty, Criteria!);
}

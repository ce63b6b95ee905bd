using DataZones.Zones.Finance.Policies;

namespace DataZones.Zones.Finance.Api;

/// <summary>The loan-policy match answer: qualified policies and near misses with the unmet criteria's codes.</summary>
public sealed record LoanPolicyMatchAnswerView(
    string CreditCode, DateOnly AsOf, IReadOnlyList<LoanPolicyMatch> Qualified, IReadOnlyList<LoanPolicyMatch> NearMisses);

using DataZones.Marketplace.Pipeline;
using DataZones.Zones.Finance.Policies;
using DataZones.Zones.Finance.Products;
using DataZones.Zones.Finance.Scoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Finance.Api;

/// <summary>
/// Credit profile and loan-policy matching. An unknown enterprise is a 404 problem and is not billed: unlike
/// verification, where "not registered" is the answer, these products have nothing to say about it.
/// </summary>
public static class CreditApi
{
    public static RouteGroupBuilder MapCreditApi(this RouteGroupBuilder zone)
    {
        zone.MapGet("/enterprises/{creditCode}/credit-profile", ProfileAsync)
            .Paid(FinanceProducts.CreditProfile, FinanceProducts.ProfileOperation)
            .Produces<CreditProfileAnswer>()
            .WithSummary("Score an enterprise: score 0–1000, grade, reason codes and indicator bands.");
        zone.MapPost("/loan-policy-matches", MatchAsync)
            .Paid(FinanceProducts.LoanPolicyMatching, FinanceProducts.MatchOperation)
            .Produces<LoanPolicyMatchAnswerView>()
            .WithSummary("The loan policies an enterprise qualifies for, and near misses with the unmet criteria.");
        return zone;
    }

    private static async Task<IResult> ProfileAsync(string creditCode, CreditProfileService profiles, CancellationToken cancellationToken)
    {
        var (code, problem) = FinanceRequestProblems.CreditCode(creditCode);
        if (problem is not null) return problem;
        var assessment = await profiles.AssessAsync(code!, cancellationToken);
        return assessment is null
            ? FinanceRequestProblems.EnterpriseNotFound(code!)
            : PaidAnswer.Json(CreditProfileAnswer.From(assessment), 1);
    }

    private static async Task<IResult> MatchAsync(LoanPolicyMatchRequest request, LoanPolicyService policies, CancellationToken cancellationToken)
    {
        var (code, problem) = FinanceRequestProblems.CreditCode(request.CreditCode);
        if (problem is not null) return problem;
        var answer = await policies.MatchAsync(code!, cancellationToken);
        return answer is null
            ? FinanceRequestProblems.EnterpriseNotFound(code!)
            : PaidAnswer.Json(new LoanPolicyMatchAnswerView(code!, answer.AsOf, answer.Result.Qualified, answer.Result.NearMisses), 1);
    }
}

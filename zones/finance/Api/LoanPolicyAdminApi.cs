using DataZones.Marketplace.Access;
using AccessPolicies = DataZones.Marketplace.Access.Policies;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Finance.Policies;
using DataZones.Zones.Finance.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Finance.Api;

/// <summary>The operator's loan-policy table: list, read, create or replace (validated, audited), delete (audited).</summary>
public static class LoanPolicyAdminApi
{
    public static IEndpointRouteBuilder MapLoanPolicyAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/operator/finance/loan-policies").RequireAuthorization(AccessPolicies.Operator)
            .WithTags("Operator: finance loan policies");
        admin.MapGet("/", async (LoanPolicyService policies, CancellationToken ct) => TypedResults.Ok(await policies.ListAsync(ct)))
            .WithSummary("Every loan policy.");
        admin.MapGet("/{id}", async (string id, LoanPolicyService policies, CancellationToken ct) =>
            await policies.FindAsync(id, ct) is { } policy ? Results.Ok(policy) : NotFound(id))
            .WithSummary("One loan policy.");
        admin.MapPut("/{id}", SaveAsync).WithSummary("Create or replace a loan policy; every problem is reported at once.");
        admin.MapDelete("/{id}", async (string id, LoanPolicyService policies, HttpContext http, CancellationToken ct) =>
            await policies.DeleteAsync(id, http.User.ActorOf(), ct) ? Results.NoContent() : NotFound(id))
            .WithSummary("Delete a loan policy.");
        return endpoints;
    }

    private static async Task<IResult> SaveAsync(string id, LoanPolicyBody body, LoanPolicyService policies, HttpContext http, CancellationToken cancellationToken)
    {
        var policy = body.ToPolicy(id);
        var problems = await policies.SaveAsync(policy, http.User.ActorOf(), cancellationToken);
        if (problems.Count == 0) return Results.Ok(policy);
        // The validator words each problem "field: rule."; the field becomes the error's field.
        var errors = problems.Select(p => p.Split(": ", 2) is [var field, var message]
            ? new FieldError(field, "invalid", message)
            : new FieldError("policy", "invalid", p));
        return Problem.Invalid(errors, FinanceProblemTypes.InvalidLoanPolicy);
    }

    private static IResult NotFound(string id) => Problem.Of(FinanceProblemTypes.LoanPolicyNotFound, $"There is no loan policy '{id}'.");
}

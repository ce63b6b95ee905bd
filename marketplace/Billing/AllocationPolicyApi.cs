using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Settlement;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// The operator's allocation-policy routes: list a product's versions (and the one in force for a month), and save a
/// new version, validated with every violation reported at once.
/// </summary>
public static class AllocationPolicyApi
{
    public sealed record HolderRequest(string? Id, decimal Weight);

    /// <summary>A product's stored policy versions and, when a period was asked for, the one in force then.</summary>
    public sealed record PolicyVersionsView(string ProductId, IReadOnlyList<AllocationPolicy> Versions, PolicyInForce? InForce);

    public sealed record PolicyRequest(DateOnly? EffectiveFrom, BracketUnit? BracketUnit, decimal? Baseline, List<AllocationBracket>? Brackets,
        List<HolderRequest>? Holders, string? OperatorId, string? MerchantId);

    public static IEndpointRouteBuilder MapAllocationPolicyApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/operator/billing/policies").RequireAuthorization(Policies.Operator).WithTags("Operator: settlement");
        admin.MapGet("/{productId}", async (string productId, string? period, AllocationPolicyService policies, CancellationToken ct) =>
        {
            DateOnly start = default;
            if (period is not null && !BillingPeriod.TryParse(period, out start)) return BillingAdminApi.InvalidPeriod();
            var inForce = period is null ? null : await policies.InForceAsync(productId, start, ct);
            return Results.Ok(new PolicyVersionsView(productId, await policies.VersionsAsync(productId, ct), inForce));
        }).Produces<PolicyVersionsView>().WithSummary("A product's stored policy versions; with ?period=yyyy-MM also the one in force then (or the default).");
        admin.MapPost("/{productId}", async (string productId, PolicyRequest request, HttpContext http, AllocationPolicyService policies, CancellationToken ct) =>
        {
            if (request.EffectiveFrom is null || request.BracketUnit is null)
            {
                return Problem.Invalid([new FieldError("effectiveFrom/bracketUnit", "required", "Give effectiveFrom (yyyy-MM-dd) and bracketUnit (amount or baselineMultiple).")]);
            }
            var draft = new AllocationPolicy(productId, 0, request.EffectiveFrom.Value, request.BracketUnit.Value, request.Baseline, request.Brackets ?? [],
                [.. (request.Holders ?? []).Select(h => new HolderWeight(PartyId.Holder(h.Id ?? ""), h.Weight))],
                PartyId.Operator(request.OperatorId ?? AllocationPolicy.DemoOperatorId),
                request.MerchantId is null ? null : PartyId.Merchant(request.MerchantId));
            var result = await policies.SaveAsync(draft, http.User.ActorOf(), ct);
            if (result.ProductMissing) return Problem.Of(ProblemTypes.NotFound, $"There is no product '{productId}'.");
            if (result.Conflict) return Problem.Of(ProblemTypes.Conflict, "Another version was saved at the same moment; read the versions and retry.");
            if (result.Saved is null)
            {
                return Problem.Invalid(result.Violations.Select(v => new FieldError("policy", v.Code, v.Message)), BillingProblems.InvalidAllocationPolicy);
            }
            return Results.Created($"/operator/billing/policies/{productId}", result.Saved);
        }).WithSummary("Save a new version of a product's allocation policy (the version number is assigned).");
        return endpoints;
    }
}

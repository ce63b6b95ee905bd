using DataZones.Marketplace.Access;
using DataZones.Marketplace.Audit;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Subscriptions;

/// <summary>The operator's subscription decisions: approve, reject, suspend, resume, cancel — each audited.</summary>
public static class SubscriptionAdminApi
{
    /// <param name="Reason">Why, recorded in the audit trail.</param>
    /// <param name="ElevatedGrade">On approve or resume: grant access to the product's restricted parts.</param>
    public sealed record DecisionRequest(string? Reason, bool? ElevatedGrade);

    private static readonly Dictionary<string, SubscriptionStatus> Actions = new(StringComparer.Ordinal)
    {
        ["approve"] = SubscriptionStatus.Active,
        ["resume"] = SubscriptionStatus.Active,
        ["reject"] = SubscriptionStatus.Rejected,
        ["suspend"] = SubscriptionStatus.Suspended,
        ["cancel"] = SubscriptionStatus.Cancelled,
    };

    public static IEndpointRouteBuilder MapSubscriptionAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/operator").RequireAuthorization(Policies.Operator).WithTags("Operator: subscriptions");
        admin.MapGet("/subscriptions", async (string? status, SubscriptionStore store, CancellationToken ct) =>
        {
            SubscriptionStatus? wanted = null;
            if (status is not null)
            {
                if (!Enum.TryParse<SubscriptionStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
                {
                    return Problem.Invalid([new FieldError("status", "unknown-status", "Status is one of requested, active, suspended, rejected, cancelled.")]);
                }
                wanted = parsed;
            }
            var all = await store.ListAllAsync(ct);
            return Results.Ok(all.Where(s => wanted is null || s.Status == wanted).OrderBy(s => s.CreatedAt));
        }).Produces<IEnumerable<Subscription>>().WithSummary("All subscriptions, optionally by status (e.g. ?status=requested for the approval queue).");
        admin.MapPost("/consumers/{consumerId}/subscriptions/{subscriptionId}/{action}", async (string consumerId, string subscriptionId, string action,
            DecisionRequest? request, SubscriptionService subscriptions, HttpContext http, CancellationToken ct) =>
        {
            if (!Actions.TryGetValue(action, out var to)) return Problem.Of(ProblemTypes.NotFound, $"Unknown action '{action}'; use {string.Join(", ", Actions.Keys)}.");
            var elevated = to == SubscriptionStatus.Active ? request?.ElevatedGrade : null;
            var (outcome, subscription) = await subscriptions.TransitionAsync(consumerId, subscriptionId, to, http.User.ActorOf(), request?.Reason, elevated, ct);
            return SubscriptionResults.For(outcome, subscription, to);
        }).DescribesSubscriptionOutcomes().WithSummary("approve | reject | suspend | resume | cancel a subscription.");
        admin.MapGet("/subscriptions/{subscriptionId}/history", async (string subscriptionId, AuditLog audit, CancellationToken ct) =>
            TypedResults.Ok(await audit.HistoryAsync(SubscriptionService.Subject(subscriptionId), ct)))
            .WithSummary("Every state change of a subscription, with who and when.");
        return endpoints;
    }
}

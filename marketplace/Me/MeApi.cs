using DataZones.Marketplace.Access;
using DataZones.Marketplace.Mcp;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Me;

/// <summary>
/// A consumer's own view: its subscriptions and keys. Every route reads the consumer id from the credential, never
/// from the request, so no id a caller tries can reach another consumer's data.
/// </summary>
public static class MeApi
{
    public sealed record SubscribeRequest(string? ProductId, string? PlanId);

    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/me").RequireAuthorization(Policies.Consumer).WithTags("Consumer: me");
        me.MapGet("/subscriptions", async (HttpContext http, SubscriptionStore store, CancellationToken ct) =>
            TypedResults.Ok(await store.ListForConsumerAsync(http.User.ConsumerIdOf()!, ct)))
            .WithSummary("Your subscriptions: product, plan, status and grade.").AsFreeTool("my_subscriptions");
        me.MapPost("/subscriptions", async (SubscribeRequest request, HttpContext http, SubscriptionService subscriptions, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.ProductId) || string.IsNullOrWhiteSpace(request.PlanId))
            {
                return Problem.Invalid([new FieldError("productId/planId", "required", "Name the product and one of its plans (see GET /catalog).")]);
            }
            var (outcome, subscription) = await subscriptions.RequestAsync(http.User.ConsumerIdOf()!, request.ProductId, request.PlanId, http.User.ActorOf(), ct);
            return outcome == SubscriptionOutcome.Done
                ? Results.Created($"/me/subscriptions/{subscription!.Id}", subscription)
                : SubscriptionResults.For(outcome, subscription);
        }).DescribesSubscriptionOutcomes(StatusCodes.Status201Created)
            .WithSummary("Request a subscription; general-grade products are approved at once, others wait for the operator.");
        me.MapDelete("/subscriptions/{subscriptionId}", async (string subscriptionId, HttpContext http, SubscriptionService subscriptions, CancellationToken ct) =>
        {
            var (outcome, subscription) = await subscriptions.TransitionAsync(http.User.ConsumerIdOf()!, subscriptionId,
                SubscriptionStatus.Cancelled, http.User.ActorOf(), "cancelled by the consumer", null, ct);
            return SubscriptionResults.For(outcome, subscription, SubscriptionStatus.Cancelled);
        }).DescribesSubscriptionOutcomes().WithSummary("Cancel one of your subscriptions.");

        me.MapGet("/keys", (HttpContext http, ApiKeyService keys, CancellationToken ct) => KeysEndpoints.ListAsync(keys, http.User.ConsumerIdOf()!, ct))
            .Produces<IEnumerable<ApiKeyView>>()
            .WithSummary("Your API keys: ids and states, never the keys themselves.");
        me.MapPost("/keys", (HttpContext http, ApiKeyService keys, CancellationToken ct) =>
            KeysEndpoints.CreateAsync(keys, new ApiKeyOwner(http.User.ConsumerIdOf()!, [Roles.Consumer]), http.User.ActorOf(), ct))
            .DescribesKeyCreation()
            .WithSummary("Create a second key to rotate to (at most two active); the key is in this response only.");
        me.MapDelete("/keys/{keyId}", (string keyId, HttpContext http, ApiKeyService keys, CancellationToken ct) =>
            KeysEndpoints.RevokeAsync(keys, http.User.ConsumerIdOf()!, keyId, http.User.ActorOf(), ct))
            .Produces(StatusCodes.Status204NoContent)
            .WithSummary("Revoke one of your keys (after rotating to the other).");
        return endpoints;
    }
}

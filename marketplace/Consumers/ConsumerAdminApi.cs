using DataZones.Marketplace.Access;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Consumers;

/// <summary>The operator's consumer onboarding: organisations, their keys, their Entra ID applications, and staff keys.</summary>
public static class ConsumerAdminApi
{
    public sealed record RegisterConsumerRequest(string? Name, string? Kind, string? CreditCode);

    public sealed record StaffKeyRequest(string? OwnerId, List<string>? Roles);

    public static IEndpointRouteBuilder MapConsumerAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/operator").RequireAuthorization(Policies.Operator).WithTags("Operator: consumers and keys");
        admin.MapPost("/consumers", async (RegisterConsumerRequest request, ConsumerService consumers, HttpContext http, CancellationToken ct) =>
        {
            var errors = ConsumerService.Validate(request.Name, request.Kind, request.CreditCode);
            if (errors.Count > 0) return Problem.Invalid(errors);
            var consumer = await consumers.RegisterAsync(request.Name!, request.Kind!, request.CreditCode!, http.User.ActorOf(), ct);
            return Results.Created($"/operator/consumers/{consumer.Id}", consumer);
        }).WithSummary("Register a consumer organisation (credit code validated).");
        admin.MapGet("/consumers", async (ConsumerService consumers, CancellationToken ct) => TypedResults.Ok(await consumers.ListAsync(ct)))
            .WithSummary("Every consumer organisation.");
        admin.MapGet("/consumers/{consumerId}", async (string consumerId, ConsumerService consumers, CancellationToken ct) =>
            await consumers.FindAsync(consumerId, ct) is { } consumer ? Results.Ok(consumer) : NoConsumer(consumerId))
            .Produces<Consumer>()
            .WithSummary("One consumer organisation.");

        admin.MapPost("/consumers/{consumerId}/keys", async (string consumerId, ConsumerService consumers, ApiKeyService keys, HttpContext http, CancellationToken ct) =>
            await consumers.FindAsync(consumerId, ct) is null
                ? NoConsumer(consumerId)
                : await KeysEndpoints.CreateAsync(keys, new ApiKeyOwner(consumerId, [Roles.Consumer]), http.User.ActorOf(), ct))
            .DescribesKeyCreation()
            .WithSummary("Create an API key for a consumer; the key is in this response only.");
        admin.MapGet("/consumers/{consumerId}/keys", (string consumerId, ApiKeyService keys, CancellationToken ct) => KeysEndpoints.ListAsync(keys, consumerId, ct))
            .Produces<IEnumerable<ApiKeyView>>()
            .WithSummary("A consumer's API keys: ids and states, never the keys themselves.");
        admin.MapDelete("/consumers/{consumerId}/keys/{keyId}", (string consumerId, string keyId, ApiKeyService keys, HttpContext http, CancellationToken ct) =>
            KeysEndpoints.RevokeAsync(keys, consumerId, keyId, http.User.ActorOf(), ct))
            .Produces(StatusCodes.Status204NoContent)
            .WithSummary("Revoke one of a consumer's keys.");

        admin.MapPut("/consumers/{consumerId}/entra-apps/{appId}", async (string consumerId, string appId, ConsumerService consumers,
            EntraAppDirectory apps, Audit.AuditLog audit, HttpContext http, CancellationToken ct) =>
        {
            if (await consumers.FindAsync(consumerId, ct) is null) return NoConsumer(consumerId);
            if (!Guid.TryParse(appId, out _)) return Problem.Invalid([new FieldError("appId", "not-a-guid", "An Entra ID application (client) id is a GUID.")]);
            await apps.SetAsync(appId.ToLowerInvariant(), consumerId, ct);
            await audit.RecordAsync("consumer:" + consumerId, "entra-app-mapped", http.User.ActorOf(), appId, ct);
            return Results.NoContent();
        }).WithSummary("Let an Entra ID client application act for this consumer.");

        admin.MapPost("/staff-keys", async (StaffKeyRequest request, ApiKeyService keys, HttpContext http, CancellationToken ct) =>
        {
            var roles = request.Roles ?? [];
            var errors = new List<FieldError>();
            if (request.OwnerId is null || !request.OwnerId.All(ApiKeyFormat.IsOwnerIdCharacter) || request.OwnerId.Length is 0 or > 64 || !Keys.IsSafe(request.OwnerId))
            {
                errors.Add(new FieldError("ownerId", "invalid", "The owner id is 1–64 letters, digits and hyphens (for a data holder: its holder id, e.g. qingdao-tax)."));
            }
            if (roles.Count == 0 || roles.Any(r => r is not (Roles.Operator or Roles.DataHolder or Roles.Reviewer or Roles.ConsentAuthority)))
            {
                errors.Add(new FieldError("roles", "invalid", "Roles are one or more of Operator, DataHolder, Reviewer, ConsentAuthority."));
            }
            if (errors.Count > 0) return Problem.Invalid(errors);
            return await KeysEndpoints.CreateAsync(keys, new ApiKeyOwner(request.OwnerId!, roles), http.User.ActorOf(), ct);
        }).DescribesKeyCreation().WithSummary("Create a key for operator, data-holder, reviewer or consent-authority staff; the key is in this response only.");
        admin.MapDelete("/staff-keys/{ownerId}/{keyId}", (string ownerId, string keyId, ApiKeyService keys, HttpContext http, CancellationToken ct) =>
            KeysEndpoints.RevokeAsync(keys, ownerId, keyId, http.User.ActorOf(), ct))
            .Produces(StatusCodes.Status204NoContent)
            .WithSummary("Revoke a staff key.");
        return endpoints;
    }

    private static IResult NoConsumer(string consumerId) => Problem.Of(ProblemTypes.NotFound, $"No consumer '{consumerId}'.");
}

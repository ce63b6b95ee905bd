using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Access;

/// <summary>The create/list/revoke handlers shared by <c>/me/keys</c> and the operator's key routes.</summary>
internal static class KeysEndpoints
{
    public static async Task<IResult> CreateAsync(ApiKeyService keys, ApiKeyOwner owner, string actor, CancellationToken ct)
    {
        var created = await keys.CreateAsync(owner, actor, ct);
        if (created is null)
        {
            return Problems.Problem.Of(Problems.ProblemTypes.Conflict,
                $"There are already {ApiKeyService.ActiveKeysMax} active keys; revoke one before creating another.");
        }
        return TypedResults.Created($"keys/{created.Value.Record.KeyId}", new CreatedApiKey(created.Value.Key, ApiKeyView.From(created.Value.Record)));
    }

    /// <summary>What a key-creating route answers: the new key (201), or 409 when the owner already has the most keys.</summary>
    public static RouteHandlerBuilder DescribesKeyCreation(this RouteHandlerBuilder route) =>
        route.Produces<CreatedApiKey>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<IResult> ListAsync(ApiKeyService keys, string ownerId, CancellationToken ct) =>
        TypedResults.Ok((await keys.ListAsync(ownerId, ct)).Select(ApiKeyView.From));

    public static async Task<IResult> RevokeAsync(ApiKeyService keys, string ownerId, string keyId, string actor, CancellationToken ct) =>
        await keys.RevokeAsync(ownerId, keyId, actor, ct)
            ? Results.NoContent()
            : Problems.Problem.Of(Problems.ProblemTypes.NotFound, $"No key '{keyId}'.");
}

using DataZones.Marketplace.Access;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Marketplace.Consent;

/// <summary>
/// The consent authority's API (role <c>ConsentAuthority</c> only — not even the operator): record a verified
/// person's consent, read it, revoke it (effective at once on this instance, within
/// <see cref="ConsentOptions.CheckCacheSeconds"/> on every other), and read back every use of it.
/// </summary>
public static class ConsentApi
{
    public static IEndpointRouteBuilder MapConsentApi(this IEndpointRouteBuilder endpoints)
    {
        var consents = endpoints.MapGroup("/consents").RequireAuthorization(Policies.ConsentAuthority).WithTags("Consent authority");
        consents.MapPost("/", GrantAsync)
            .Produces<ConsentView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Record a person's consent for one consumer, for named products and a period of data, until a given time.");
        consents.MapGet("/{id}", FindAsync)
            .Produces<ConsentView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A consent and its status (active, revoked, expired).");
        consents.MapPost("/{id}/revocation", RevokeAsync)
            .Produces<ConsentView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Withdraw a consent now.");
        consents.MapGet("/{id}/uses", UsesAsync)
            .Produces<IReadOnlyList<ConsentUseView>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every use of a consent, oldest first: which consumer, when, for which product.");
        return endpoints;
    }

    private static async Task<IResult> GrantAsync(ConsentGrant grant, HttpContext http, ConsentService consents, TimeProvider time, CancellationToken cancellationToken)
    {
        var (consent, errors) = await consents.GrantAsync(grant, http.User.ActorOf(), cancellationToken);
        return consent is null
            ? Problem.Invalid(errors, ConsentProblemTypes.InvalidConsent)
            : Results.Created($"/consents/{consent.Id}", ConsentView.From(consent, time.GetUtcNow()));
    }

    private static async Task<IResult> FindAsync(string id, ConsentService consents, TimeProvider time, CancellationToken cancellationToken) =>
        await consents.FindAsync(id, cancellationToken) is { } consent ? Results.Ok(ConsentView.From(consent, time.GetUtcNow())) : NotFound(id);

    private static async Task<IResult> RevokeAsync(string id, ConsentService consents, TimeProvider time, CancellationToken cancellationToken) =>
        await consents.RevokeAsync(id, cancellationToken) is { } consent ? Results.Ok(ConsentView.From(consent, time.GetUtcNow())) : NotFound(id);

    private static async Task<IResult> UsesAsync(string id, ConsentService consents, CancellationToken cancellationToken)
    {
        if (await consents.FindAsync(id, cancellationToken) is null) return NotFound(id);
        var uses = await consents.UsesAsync(id, cancellationToken);
        return Results.Ok(uses.Select(u => new ConsentUseView(u.UsedAt, u.ConsumerId, u.ProductId, u.OperationId, u.RequestId)).ToList());
    }

    private static IResult NotFound(string id) => Problem.Of(ConsentProblemTypes.ConsentNotFound, $"There is no consent '{id}'.");
}

using System.Globalization;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Consent;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Medical.Claims;
using DataZones.Zones.Medical.Problems;
using DataZones.Zones.Medical.Products;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using AccessPolicies = DataZones.Marketplace.Access.Policies;

namespace DataZones.Zones.Medical.Api;

/// <summary>
/// Group claims beyond what is answered at once: up to 10,000 claims accepted in one call — each item's consent and
/// fields checked then, accepted items billed once then — and verified as a job whose state and per-item results
/// the insurer reads (free) until it is done.
/// </summary>
public static class ClaimBatchesApi
{
    public const int ItemsMaximum = 10_000;
    public const int PageMaximum = 1_000;

    public static RouteGroupBuilder MapClaimBatchesApi(this RouteGroupBuilder zone)
    {
        zone.MapPost("/claim-verifications/batches", SubmitAsync)
            .Paid(MedicalProducts.ClaimsVerification, MedicalProducts.VerifyBatchOperation)
            .WithMetadata(ConsentPerItem.Instance)
            .Produces<ClaimBatchAcceptance>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Submit a group-supplementary batch of up to 10,000 claims, verified as a job; each accepted item is one unit, billed at acceptance.");
        var batches = zone.MapGroup("/claim-verifications/batches").RequireAuthorization(AccessPolicies.Consumer);
        batches.MapGet("/{id}", FindAsync)
            .Produces<ClaimBatchView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A claim batch's state and progress.");
        batches.MapGet("/{id}/items", ItemsAsync)
            .Produces<ClaimBatchItemsPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A page of a claim batch's item results (verifications, or problems of refused items), in item order.");
        return zone;
    }

    private static async Task<IResult> SubmitAsync(ClaimBatchRequest request, HttpContext http, ClaimBatchService batches, CancellationToken cancellationToken)
    {
        var items = request.Items ?? [];
        if (items.Count > ItemsMaximum)
        {
            return Problem.Of(MedicalProblemTypes.ClaimBatchTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"A batch holds at most {ItemsMaximum} claims; this one has {items.Count}. Split it; nothing was charged."));
        }

        var verdicts = ConsentVerdicts.Of(http)!;
        var accepted = new List<PendingClaim>(items.Count);
        var refused = new List<GroupClaimItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var (claim, consent, problems) = GroupItemScreening.Screen(items[i], i, verdicts);
            if (claim is null) refused.Add(new GroupClaimItem(i, null, problems));
            else accepted.Add(new PendingClaim(i, items[i]!, consent!.DataFrom, consent.DataTo));
        }

        if (accepted.Count == 0) return Problem.Invalid(refused.SelectMany(r => r.Problems ?? []), MedicalProblemTypes.InvalidClaim);
        var batch = await batches.SubmitAsync(PaidCallContext.Of(http)!.ConsumerId, items.Count, accepted, refused, cancellationToken);
        return batch is null
            ? Problem.Of(MedicalProblemTypes.ClaimBatchNotQueued, "The job queue did not take the batch; nothing was charged. Submit it again in a few minutes.")
            : PaidAnswer.Json(new ClaimBatchAcceptance(ClaimBatchView.From(batch), refused), accepted.Count);
    }

    private static async Task<IResult> FindAsync(string id, HttpContext http, ClaimBatchService batches, CancellationToken cancellationToken) =>
        await batches.FindAsync(id, http.User.ConsumerIdOf(), cancellationToken) is { } batch
            ? Results.Ok(ClaimBatchView.From(batch))
            : NotFound(id);

    private static async Task<IResult> ItemsAsync(string id, int? offset, int? limit, HttpContext http, ClaimBatchService batches, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (offset is < 0 or >= ItemsMaximum) errors.Add(new FieldError("offset", "out-of-range", $"offset is 0–{ItemsMaximum - 1}."));
        if (limit is < 1 or > PageMaximum) errors.Add(new FieldError("limit", "out-of-range", $"limit is 1–{PageMaximum}."));
        if (errors.Count > 0) return Problem.Invalid(errors);
        if (await batches.FindAsync(id, http.User.ConsumerIdOf(), cancellationToken) is not { } batch) return NotFound(id);

        var from = offset ?? 0;
        var count = limit ?? 500;
        var page = await batches.ItemsAsync(batch.Id, from, count, cancellationToken);
        return Results.Ok(new ClaimBatchItemsPage(page, from + count < batch.Items ? from + count : null));
    }

    private static IResult NotFound(string id) =>
        Problem.Of(MedicalProblemTypes.ClaimBatchNotFound, $"There is no claim batch '{id}' for this consumer.");
}

using System.Globalization;
using DataZones.Marketplace.Consent;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Medical.Claims;
using DataZones.Zones.Medical.Problems;
using DataZones.Zones.Medical.Products;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Medical.Api;

/// <summary>
/// Claims verification, single and group (企业团体补充险). The pipeline has checked each person's consent before
/// these handlers run. Billing: an answered verification is a unit whatever its outcome (not-found included); an
/// item refused for its consent or its fields is not. A group of more than 500 is a 400, nothing billed.
/// </summary>
public static class ClaimsApi
{
    public const int GroupItemsMaximum = 500;

    public static RouteGroupBuilder MapClaimsApi(this RouteGroupBuilder zone)
    {
        zone.MapPost("/claim-verifications", VerifyAsync)
            .Paid(MedicalProducts.ClaimsVerification, MedicalProducts.VerifyOperation)
            .Produces<ClaimVerification>()
            .WithSummary("Verify one claim against the person's recorded visit: outcome, match flags and fraud flags.");
        zone.MapPost("/claim-verifications/groups", VerifyGroupAsync)
            .Paid(MedicalProducts.ClaimsVerification, MedicalProducts.VerifyGroupOperation)
            .WithMetadata(ConsentPerItem.Instance)
            .Produces<GroupClaimAnswer>()
            .WithSummary("Verify a group-supplementary batch of up to 500 claims at once; each answered item is one unit.");
        return zone;
    }

    private static async Task<IResult> VerifyAsync(ClaimRequest request, HttpContext http, ClaimsService claims, CancellationToken cancellationToken)
    {
        var (claim, errors) = ClaimValidator.Validate(request);
        if (claim is null) return Problem.Invalid(errors, MedicalProblemTypes.InvalidClaim);
        var consent = ConsentVerdicts.Of(http)!.Items[0].Consent!;
        var verification = await claims.VerifyAsync(claim, request.IdentityNumber!, consent, PaidCallContext.Of(http)!.ConsumerId, cancellationToken);
        return PaidAnswer.Json(verification, 1);
    }

    private static async Task<IResult> VerifyGroupAsync(GroupClaimRequest request, HttpContext http, ClaimsService claims, IOptions<MedicalOptions> options, CancellationToken cancellationToken)
    {
        var items = request.Items ?? [];
        if (items.Count > GroupItemsMaximum)
        {
            return Problem.Of(MedicalProblemTypes.ClaimBatchTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"A group answered at once holds at most {GroupItemsMaximum} claims; this one has {items.Count}. Submit it as a batch (POST /zones/medical/claim-verifications/batches, up to {ClaimBatchesApi.ItemsMaximum}); nothing was charged."));
        }

        var verdicts = ConsentVerdicts.Of(http)!;
        var consumerId = PaidCallContext.Of(http)!.ConsumerId;
        var results = new GroupClaimItem[items.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.BatchReadParallelism), CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, items.Count, parallel, async (i, token) =>
        {
            var (claim, consent, problems) = GroupItemScreening.Screen(items[i], i, verdicts);
            if (claim is null)
            {
                results[i] = new GroupClaimItem(i, null, problems);
                return;
            }

            results[i] = new GroupClaimItem(i, await claims.VerifyAsync(claim, items[i]!.IdentityNumber!, consent!, consumerId, token), null);
        });

        var answered = results.Count(r => r.Verification is not null);
        if (answered == 0) return Problem.Invalid(results.SelectMany(r => r.Problems ?? []), MedicalProblemTypes.InvalidClaim);
        return PaidAnswer.Json(new GroupClaimAnswer(answered, items.Count - answered, results), answered);
    }
}

using System.Globalization;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Finance.Problems;
using DataZones.Zones.Finance.Products;
using DataZones.Zones.Finance.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataZones.Zones.Finance.Api;

/// <summary>
/// Enterprise verification, single and batch. Billing: an answered verification is a unit whatever its outcome
/// (not-found included); a request or item with problems is not. A batch whose items all have problems is a 400.
/// </summary>
public static class EnterpriseVerificationApi
{
    public static RouteGroupBuilder MapEnterpriseVerificationApi(this RouteGroupBuilder zone)
    {
        zone.MapPost("/enterprise-verifications", VerifyAsync)
            .Paid(FinanceProducts.Verification, FinanceProducts.VerifyOperation)
            .Produces<EnterpriseVerificationResult>()
            .WithSummary("Verify an enterprise's name, legal representative and optionally the representative's identity number.");
        zone.MapPost("/enterprise-verifications/batches", VerifyBatchAsync)
            .Paid(FinanceProducts.Verification, FinanceProducts.VerifyBatchOperation)
            .Produces<VerificationBatchAnswer>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Verify up to 1,000 enterprises; each answered item is one unit.");
        return zone;
    }

    private static async Task<IResult> VerifyAsync(EnterpriseVerificationRequest request, EnterpriseVerificationService service, CancellationToken cancellationToken)
    {
        var attempt = await service.VerifyAsync(request, cancellationToken);
        return attempt.Result is { } result
            ? PaidAnswer.Json(result, EnterpriseVerifier.IsBillable(result.Outcome) ? 1 : 0)
            : FinanceRequestProblems.Of(attempt.Problems);
    }

    private static async Task<IResult> VerifyBatchAsync(VerificationBatchRequest request, EnterpriseVerificationService service, CancellationToken cancellationToken)
    {
        var items = request.Items ?? [];
        if (items.Count > EnterpriseVerificationService.BatchItemsMaximum)
        {
            return Problem.Of(FinanceProblemTypes.BatchTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"A batch holds at most {EnterpriseVerificationService.BatchItemsMaximum} items; this one has {items.Count}. Split it; nothing was charged."));
        }

        if (items.Count == 0)
        {
            return Problem.Invalid([new FieldError("items", "missing", "A batch needs at least one item.")], FinanceProblemTypes.InvalidVerificationRequest);
        }

        var attempts = await service.VerifyBatchAsync(items.Select(i => i ?? new EnterpriseVerificationRequest(null, null, null, null)).ToList(), cancellationToken);
        var answered = attempts.Count(a => a.IsAnswered);
        if (answered == 0)
        {
            var errors = attempts.SelectMany((a, index) => FinanceRequestProblems.Errors(a.Problems, $"items[{index}]."));
            return Problem.Invalid(errors, FinanceProblemTypes.InvalidVerificationRequest);
        }

        var answer = new VerificationBatchAnswer(answered, attempts.Count - answered, attempts
            .Select((a, index) => new VerificationBatchItem(index, a.Result, a.IsAnswered ? null : FinanceRequestProblems.Errors(a.Problems).ToList()))
            .ToList());
        return PaidAnswer.Json(answer, attempts.Count(a => a.Result is { } result && EnterpriseVerifier.IsBillable(result.Outcome)));
    }
}

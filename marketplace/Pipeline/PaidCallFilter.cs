using System.Globalization;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Consent;
using DataZones.Marketplace.Idempotency;
using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Quotas;
using DataZones.Marketplace.Receipts;
using DataZones.Marketplace.Subscriptions;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Telemetry;
using DataZones.Marketplace.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Pipeline;

/// <summary>
/// The paid-call pipeline, in order, for every zone endpoint (identification ran before it, as authentication):
/// authorise → rate limit → consent (person-level products) → idempotency → the zone handler → one metering instant → quota for the units answered →
/// the units priced at what they add to the month, usage record durable (group commit, chained in the ledger) →
/// answer with the charge, limits and a signed receipt. Any step that says
/// no answers with a problem and bills nothing; if the usage record cannot be made durable the caller gets 503 and
/// none of the answer.
/// </summary>
public sealed partial class PaidCallFilter(
    PaidCallAuthorizer authorizer,
    SubscriptionRateLimiter rateLimiter,
    IdempotencyService idempotency,
    QuotaService quota,
    UsageWriter usage,
    PeriodUnitCounter periodUnits,
    BusinessCalendar calendar,
    ReceiptSigner receipts,
    TimeProvider time,
    PlatformMetrics metrics,
    ILogger<PaidCallFilter> logger,
    ConsentGate? consents = null) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var operation = invocation.HttpContext.GetEndpoint()?.Metadata.GetMetadata<PaidOperation>()
            ?? throw new InvalidOperationException("A paid endpoint must carry PaidOperation metadata.");
        var (outcome, units) = ("error", 0L);
        try
        {
            var result = await RunAsync(invocation, next, operation);
            (outcome, units) = OutcomeOf(invocation.HttpContext, result);
            return result;
        }
        finally
        {
            metrics.PaidCall(operation.ProductId, operation.OperationId, outcome, units);
        }
    }

    private async ValueTask<object?> RunAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next, PaidOperation operation)
    {
        var http = invocation.HttpContext;
        var cancellationToken = http.RequestAborted;

        // 1. Authorise: an active subscription of this consumer to this listed product.
        var (call, denial) = await authorizer.AuthoriseAsync(http.User, operation, cancellationToken);
        if (call is null) return denial;
        var priced = call.Product.FindPlan(call.Subscription.PlanId, time.GetUtcNow());
        if (priced is null) return PlanNotOffered(call);
        var plan = priced.Plan;

        // 2. Rate limit, per subscription.
        var rate = rateLimiter.TryAcquire(call.Subscription.Id);
        WriteRateHeaders(http, rate);
        if (!rate.Granted) return Refuse(http, ProblemTypes.RateLimited, rate.RetryAfter, "Too many calls for this subscription.");
        var cap = CapOf(plan);
        if (cap is not null && quota.IsKnownExhausted(call.Subscription.Id, cap.Value, out var resetsAt))
        {
            // The same quota headers as every other answer of a capped plan.
            http.Response.Headers[PipelineHeaders.QuotaRemaining] = "0";
            http.Response.Headers[PipelineHeaders.QuotaReset] = resetsAt.ToString("O", CultureInfo.InvariantCulture);
            return Refuse(http, ProblemTypes.QuotaExhausted, resetsAt - time.GetUtcNow(), "The plan's units for this period are used up.");
        }

        // 2b. Consent, where the product is person-level: every person asked about is covered by their consent to
        //     this consumer for this product — checked before the zone's work (a replay included), never billed.
        ConsentVerdicts? consent = null;
        if (call.Product.Descriptor.RequiresConsent)
        {
            var gate = consents ?? throw new InvalidOperationException($"'{call.Product.Id}' requires consent, but the consent module is not registered (AddPersonConsent).");
            (consent, var refused) = await gate.CheckAsync(invocation, call, cancellationToken);
            if (refused is not null) return refused;
            http.Features.Set(consent);
        }

        // 3. Idempotency: a retry of a completed call gets the first answer and is not billed again.
        var idempotencyKey = http.Request.Headers[PipelineHeaders.IdempotencyKey].ToString();
        var requestHash = await RequestHash.OfAsync(http.Request, cancellationToken);
        if (idempotencyKey.Length > 0)
        {
            var begun = await BeginIdempotentAsync(http, call.ConsumerId, idempotencyKey, requestHash);
            if (begun is not null) return begun;
        }

        // 4. The zone's work.
        http.Features.Set(call);
        object? result;
        try
        {
            result = await next(invocation);
        }
        catch
        {
            await AbandonAsync(call.ConsumerId, idempotencyKey);
            throw;
        }
        if (result is not PaidAnswer answer)
        {
            await AbandonAsync(call.ConsumerId, idempotencyKey);
            return result; // a problem or refusal from the zone: not an answer, not billed
        }

        // 5. One instant decides the call's period: its plan version and price, quota month, record time and day.
        var meteredAt = time.GetUtcNow();
        priced = call.Product.FindPlan(call.Subscription.PlanId, meteredAt);
        if (priced is null)
        {
            await AbandonAsync(call.ConsumerId, idempotencyKey);
            return PlanNotOffered(call);
        }
        plan = priced.Plan;
        cap = CapOf(plan);

        // 6. Quota for the units actually answered.
        if (cap is not null)
        {
            var decision = await quota.TryTakeAsync(call.Subscription.Id, answer.Units, cap.Value, meteredAt, cancellationToken);
            http.Response.Headers[PipelineHeaders.QuotaRemaining] = decision.Remaining?.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers[PipelineHeaders.QuotaReset] = decision.ResetsAt.ToString("O", CultureInfo.InvariantCulture);
            if (!decision.Granted)
            {
                await AbandonAsync(call.ConsumerId, idempotencyKey);
                return Refuse(http, ProblemTypes.QuotaExhausted, decision.ResetsAt - time.GetUtcNow(),
                    $"This answer needs {answer.Units} units; the plan has {decision.Remaining} left this period.");
            }
        }

        // 6b. The uses of consent, durable before the answer leaves (a failure here is a 503, unbilled). A use is
        //     recorded even if metering then fails: the data was read, and the person is told so.
        if (consent is not null)
        {
            try
            {
                await consents!.RecordUsesAsync(consent, call, operation, http.TraceIdentifier, cancellationToken);
            }
            catch (Azure.RequestFailedException exception)
            {
                if (cap is not null) await quota.ReturnAsync(call.Subscription.Id, answer.Units, meteredAt);
                LogConsentUseFailed(logger, exception, http.TraceIdentifier);
                await AbandonAsync(call.ConsumerId, idempotencyKey);
                return Problem.Of(ProblemTypes.StorageUnavailable, "The use of consent could not be recorded, so no answer is given and nothing is charged. Retry later.");
            }
        }

        // 7. Price the units at what they add to the month (given the units this instance metered before them), and
        //    meter them, durably, before anything of the answer leaves.
        var line = new PeriodLine(call.Subscription.Id, plan.Id, priced.Version, Keys.Month(calendar.DayOf(meteredAt)));
        var unitsBefore = periodUnits.Take(line, answer.Units);
        var record = new UsageRecord(http.TraceIdentifier, call.ConsumerId, call.Subscription.Id, call.Product.Id, operation.OperationId,
            plan.Id, answer.Units, PlanRating.MarginalUnitPrice(plan, unitsBefore) ?? 0m, PlanRating.MarginalAmount(plan, unitsBefore, answer.Units),
            meteredAt, requestHash, Sha256.Base64Url(answer.Body), priced.Version, unitsBefore);
        var meteringStarted = time.GetTimestamp();
        try
        {
            await usage.AppendAsync(record, cancellationToken);
            metrics.Metered(time.GetElapsedTime(meteringStarted));
        }
        catch (Exception exception)
        {
            // Not durable (or, cancelled while waiting for room in the queue, never queued), so not answered and never
            // billed: the units go back to the quota and to the month's count.
            periodUnits.Return(line, answer.Units);
            if (cap is not null) await quota.ReturnAsync(call.Subscription.Id, answer.Units, meteredAt);
            if (exception is OperationCanceledException) throw;
            LogMeteringFailed(logger, exception, record.RequestId);
            await AbandonAsync(call.ConsumerId, idempotencyKey);
            return Problem.Of(ProblemTypes.StorageUnavailable, "The call could not be metered, so no answer is given and nothing is charged. Retry later.");
        }

        // 8. Answer, with what was charged and a receipt that proves it.
        var headers = ChargeHeaders(record, receipts.SignReceipt(new ReceiptClaims(record.RequestId, record.ConsumerId, record.ProductId,
            record.OperationId, record.Units, record.Amount, record.Time, record.ResponseHash, record.PlanId, record.PlanVersion, record.PeriodUnitsBefore)));
        foreach (var (name, value) in headers) http.Response.Headers[name] = value;
        if (idempotencyKey.Length > 0)
        {
            await CompleteIdempotentAsync(call.ConsumerId, idempotencyKey, requestHash, record.RequestId, answer, headers);
        }
        return Results.Bytes(answer.Body, answer.ContentType);
    }

    /// <summary>How a call ended, for the meters: the problem's code, a replay, or an answer with its units.</summary>
    private static (string Outcome, long Units) OutcomeOf(HttpContext http, object? result)
    {
        if (result is ProblemHttpResult problem) return (problem.ProblemDetails.Type?.Replace(ProblemType.UriPrefix, "", StringComparison.Ordinal) ?? "problem", 0);
        if (http.Response.Headers.ContainsKey(PipelineHeaders.IdempotentReplay)) return ("replayed", 0);
        return long.TryParse(http.Response.Headers[PipelineHeaders.UnitsCharged], NumberStyles.None, CultureInfo.InvariantCulture, out var units)
            ? ("answered", units)
            : ("not-answered", 0);
    }

    private static IResult PlanNotOffered(PaidCallContext call) =>
        Problem.Of(ProblemTypes.NoSubscription, $"The plan '{call.Subscription.PlanId}' is no longer offered for this product; subscribe again.");

    private static long? CapOf(PricePlan plan) => plan is MonthlyPlan monthly ? monthly.UnitCapPerPeriod : null;

    private static Dictionary<string, string> ChargeHeaders(UsageRecord record, string receipt) => new()
    {
        [PipelineHeaders.UnitsCharged] = record.Units.ToString(CultureInfo.InvariantCulture),
        [PipelineHeaders.AmountCharged] = record.Amount.ToString(CultureInfo.InvariantCulture),
        [PipelineHeaders.Receipt] = receipt,
    };

    private void WriteRateHeaders(HttpContext http, RateLimitDecision rate)
    {
        http.Response.Headers[PipelineHeaders.RateLimitLimit] = rateLimiter.Limit.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[PipelineHeaders.RateLimitRemaining] = rate.Remaining.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[PipelineHeaders.RateLimitReset] = "1";
    }

    private static IResult Refuse(HttpContext http, ProblemType type, TimeSpan retryAfter, string detail)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Problem.Of(type, detail);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Consent uses of request {RequestId} could not be recorded; answered 503 without data.")]
    private static partial void LogConsentUseFailed(ILogger logger, Exception exception, string requestId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Usage record for request {RequestId} could not be made durable; answered 503 without data.")]
    private static partial void LogMeteringFailed(ILogger logger, Exception exception, string requestId);
}

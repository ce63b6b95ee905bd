using System.Globalization;
using DataZones.Marketplace.Pipeline;
using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Http;

namespace DataZones.Marketplace.Consent;

/// <summary>
/// The paid pipeline's consent step, for products that require consent: every person a call asks about must be
/// covered by a consent of that person, to this consumer, for this product, neither expired nor revoked — checked
/// before the zone's work. A refused call is a 403 <c>consent-required</c> problem naming the reason, and is not
/// billed. After the zone has answered, every consent it used is recorded in the use log before the answer leaves.
/// </summary>
public sealed class ConsentGate(ConsentService consents, TimeProvider time)
{
    private const int ChecksInFlightMaximum = 32;

    public async Task<(ConsentVerdicts? Verdicts, IResult? Refusal)> CheckAsync(
        EndpointFilterInvocationContext invocation, PaidCallContext call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(call);
        var claims = invocation.Arguments.OfType<IConsentedRequest>().FirstOrDefault()?.ConsentClaims() ?? [];
        if (claims.Count == 0) return (null, Refuse(ConsentRefusal.Missing, "The call names no person and consent."));
        var verdicts = new ConsentVerdict[claims.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = ChecksInFlightMaximum, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, claims.Count, options, async (i, token) =>
            verdicts[i] = await consents.CheckAsync(claims[i], call.ConsumerId, call.Product.Id, token));

        var perItem = invocation.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ConsentPerItem>() is not null;
        var refused = verdicts.FirstOrDefault(v => !v.IsGranted);
        if (refused is not null && (!perItem || verdicts.All(v => !v.IsGranted)))
        {
            var detail = perItem
                ? string.Create(CultureInfo.InvariantCulture, $"No item of the batch is covered by a valid consent (first reason: {Name(refused.Refusal!.Value)}). Nothing was charged.")
                : $"The consent does not allow this call ({Name(refused.Refusal!.Value)}). Nothing was charged.";
            return (null, Refuse(refused.Refusal!.Value, detail));
        }

        return (new ConsentVerdicts(verdicts), null);
    }

    /// <summary>Records each consent the answer used; the uses are durable when this returns.</summary>
    public Task RecordUsesAsync(ConsentVerdicts verdicts, PaidCallContext call, PaidOperation operation, string requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(operation);
        var at = time.GetUtcNow();
        var uses = verdicts.Used().Select(u => new ConsentUse(u.Consent.Id, at, call.ConsumerId, call.Product.Id, operation.OperationId, requestId, u.Index)).ToList();
        return consents.RecordUsesAsync(uses, cancellationToken);
    }

    /// <summary>The stable code of a refusal, as problems and item errors name it.</summary>
    public static string Name(ConsentRefusal refusal) => refusal switch
    {
        ConsentRefusal.Missing => "missing",
        ConsentRefusal.NotFound => "not-found",
        ConsentRefusal.Expired => "expired",
        ConsentRefusal.Revoked => "revoked",
        ConsentRefusal.OtherGrantee => "other-grantee",
        ConsentRefusal.OtherPurpose => "other-purpose",
        ConsentRefusal.OtherPerson => "other-person",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    private static IResult Refuse(ConsentRefusal refusal, string detail) =>
        Problem.Of(ProblemTypes.ConsentRequired, detail, new Dictionary<string, object?> { ["reason"] = Name(refusal) });
}

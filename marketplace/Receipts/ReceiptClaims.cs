namespace DataZones.Marketplace.Receipts;

/// <summary>
/// What a receipt binds: the request, who called, what was answered and what it cost. <c>ResponseSha256</c> is the
/// base64url SHA-256 of the exact response body, so the consumer can prove which answer the charge was for.
/// <c>Amount</c> is what the call added to the month under the plan version, given the units before it
/// (<c>PeriodUnitsBefore</c>), so the consumer can recompute it from the published plan.
/// </summary>
public sealed record ReceiptClaims(
    string RequestId,
    string ConsumerId,
    string ProductId,
    string OperationId,
    long Units,
    decimal Amount,
    DateTimeOffset Time,
    string ResponseSha256,
    string PlanId,
    int PlanVersion,
    long PeriodUnitsBefore);

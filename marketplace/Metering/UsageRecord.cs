namespace DataZones.Marketplace.Metering;

/// <summary>
/// One paid call, as metered: written durably before the answer leaves. Amounts are exact decimals (yuan).
/// <see cref="Amount"/> is what the call adds to its month under its plan given the units before it
/// (<see cref="PeriodUnitsBefore"/>, as the metering instance knows them; docs/decisions/marginal-amounts.md) — the
/// amount the consumer is told in <c>X-Amount-Charged</c> and the receipt. The invoice line that bills the month
/// shows any difference between the month rated as a whole and the sum of its records' amounts as its adjustment.
/// </summary>
/// <param name="RequestId">The request id (<c>X-Request-Id</c>).</param>
/// <param name="ConsumerId">Who called.</param>
/// <param name="SubscriptionId">Under which subscription.</param>
/// <param name="ProductId">Which product.</param>
/// <param name="OperationId">Which of its operations.</param>
/// <param name="PlanId">The subscription's plan.</param>
/// <param name="Units">Units answered, by the operation's meter.</param>
/// <param name="UnitPrice">The price of the call's first unit (the marginal unit price at <see cref="PeriodUnitsBefore"/>).</param>
/// <param name="Amount">Rate(before + units) − Rate(before) under the plan version, exact.</param>
/// <param name="Time">The one instant that decides the record's business day (its table), hour (its chain) and quota month.</param>
/// <param name="RequestHash">Hash of the request's parameters.</param>
/// <param name="ResponseHash">Base64url SHA-256 of the response body.</param>
/// <param name="PlanVersion">The version of the product's price list the call was priced under (0: the zone's own plans).</param>
/// <param name="PeriodUnitsBefore">Units this instance had metered for the same subscription, plan and version earlier in the month.</param>
public sealed record UsageRecord(
    string RequestId,
    string ConsumerId,
    string SubscriptionId,
    string ProductId,
    string OperationId,
    string PlanId,
    long Units,
    decimal UnitPrice,
    decimal Amount,
    DateTimeOffset Time,
    string RequestHash,
    string ResponseHash,
    int PlanVersion = 0,
    long PeriodUnitsBefore = 0);

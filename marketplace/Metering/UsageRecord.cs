namespace DataZones.Marketplace.Metering;

/// <summary>
/// One paid call, as metered: written durably before the answer leaves. Amounts are exact decimals (yuan); the
/// amount here is indicative (units × the plan's list unit price) — invoices rate the period's roll-ups, which is
/// where graduated tiers and included units apply.
/// </summary>
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
    string ResponseHash);

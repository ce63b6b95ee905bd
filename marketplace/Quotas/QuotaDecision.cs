namespace DataZones.Marketplace.Quotas;

/// <summary>Whether the units were granted, how many of the period's cap are still unclaimed, and when the period resets.</summary>
public sealed record QuotaDecision(bool Granted, long? Remaining, DateTimeOffset ResetsAt);

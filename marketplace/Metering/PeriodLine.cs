namespace DataZones.Marketplace.Metering;

/// <summary>A subscription's units under one plan version in one business month (<c>yyyyMM</c>).</summary>
public sealed record PeriodLine(string SubscriptionId, string PlanId, int PlanVersion, string Month);

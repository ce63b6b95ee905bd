namespace DataZones.Marketplace.Usage;

/// <summary>One consumer's use of one product on one business day: what billing reads instead of raw calls.</summary>
public sealed record UsageRollup(DateOnly Day, string ConsumerId, string ProductId, string PlanId, long Calls, long Units, decimal Amount);

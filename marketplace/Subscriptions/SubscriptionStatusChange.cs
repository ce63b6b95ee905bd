namespace DataZones.Marketplace.Subscriptions;

/// <summary>One entry of a subscription's status history: from <see cref="At"/> on, its status was <see cref="Status"/>.</summary>
public sealed record SubscriptionStatusChange(SubscriptionStatus Status, DateTimeOffset At);
